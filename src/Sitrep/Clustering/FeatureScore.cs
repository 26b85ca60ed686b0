namespace Sitrep.Clustering;

/// <summary>One feature's verdict on a pair of mentions: a value in [0, 1], unknown (null) when either side is silent, or a veto.</summary>
internal readonly record struct FeatureScore(double? Value, string Reason, bool IsVeto = false)
{
    public static FeatureScore Unknown(string reason) => new(null, reason);

    public static FeatureScore Veto(string reason) => new(0, reason, true);
}