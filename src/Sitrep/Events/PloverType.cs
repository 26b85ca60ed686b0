namespace Sitrep.Events;

/// <summary>The 16 PLOVER event types (ARCHITECTURE.md, "Ontology"; PLOVER codebook).</summary>
public enum PloverType : byte
{
    /// <summary>Agree to, offer or promise cooperation, sign agreements.</summary>
    Agree,

    /// <summary>Meetings, visits, talks, calls.</summary>
    Consult,

    /// <summary>Express support, endorse.</summary>
    Support,

    /// <summary>Concede, yield, apologise.</summary>
    Concede,

    /// <summary>Cooperate, share information, act jointly.</summary>
    Cooperate,

    /// <summary>Provide aid.</summary>
    Aid,

    /// <summary>Withdraw, release, cease fire.</summary>
    Retreat,

    /// <summary>Request, demand, appeal.</summary>
    Request,

    /// <summary>Reject, refuse.</summary>
    Reject,

    /// <summary>Accuse, criticise, allege.</summary>
    Accuse,

    /// <summary>Threaten.</summary>
    Threaten,

    /// <summary>Demonstrate, riot, strike.</summary>
    Protest,

    /// <summary>Sanction, convict, expel, designate.</summary>
    Sanction,

    /// <summary>Deploy or mobilise forces.</summary>
    Mobilize,

    /// <summary>Arrest, seize, deport, censor: coercion short of violence.</summary>
    Coerce,

    /// <summary>Violence: attacks, strikes, killings, abductions.</summary>
    Assault,
}