using Sitrep.Events;

namespace Sitrep.Clustering;

/// <summary>
/// The four families PLOVER's types fall into, after CAMEO's "quad classes" (verbal/material × cooperation/conflict),
/// which PLOVER keeps (PLOVER codebook, "QuadClass"). Two reports of one event may code it as different types of one
/// family (sinking a smuggling boat: COERCE or ASSAULT; EVALUATION.md allows either) but never across families.
/// </summary>
internal static class EventFamily
{
    /// <summary>The family's short name, used in blocking keys and reasons.</summary>
    public static string Of(PloverType type) => type switch
    {
        PloverType.Agree or PloverType.Consult or PloverType.Support or PloverType.Concede => "vcoop",
        PloverType.Cooperate or PloverType.Aid or PloverType.Retreat => "mcoop",
        PloverType.Request or PloverType.Reject or PloverType.Accuse or PloverType.Threaten => "vconf",
        _ => "mconf",
    };
}