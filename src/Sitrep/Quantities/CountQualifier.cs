namespace Sitrep.Quantities;

/// <summary>How a qualifier bends a stated figure N into a range; docs/quantities.md gives each row's source.</summary>
internal enum CountQualifier
{
    /// <summary>N, "some N", "roughly N", "about N", "at least N", "more than N": [N, N].</summary>
    Point,

    /// <summary>"nearly N", "almost N", "close to N", "just under N": [N − max(1, ⌈N/10⌉), N − 1].</summary>
    Nearly,

    /// <summary>"up to N", "as many as N", "at most N": [1, N].</summary>
    UpTo,

    /// <summary>"fewer than N", "less than N", "under N": [1, N − 1].</summary>
    FewerThan,

    /// <summary>"between A and B": [A, B] (also "A to B", "A-B", "A or B" without a qualifier).</summary>
    Between,
}