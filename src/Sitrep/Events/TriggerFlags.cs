namespace Sitrep.Events;

/// <summary>How a trigger of data/events/triggers.tsv behaves.</summary>
[Flags]
internal enum TriggerFlags : byte
{
    /// <summary>A plain verb trigger.</summary>
    None = 0,

    /// <summary>A nominalisation: may be quantified (aggregate) or anaphoric ("the strikes").</summary>
    Noun = 1,

    /// <summary>Only an event as a continuation of an earlier mention or after a military modifier.</summary>
    Weak = 2,

    /// <summary>A speech act that is itself the event (ACCUSE, REQUEST, …).</summary>
    Statement = 4,
}