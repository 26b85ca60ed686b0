namespace Sitrep.Clustering;

/// <summary>One attach-or-create decision of the clusterer, kept so that every event can say why it holds a mention.</summary>
/// <param name="MentionId">The mention placed.</param>
/// <param name="EventId">The event it was placed in (its final id).</param>
/// <param name="Created">True when the mention opened the event.</param>
/// <param name="Score">The best candidate's score (0 when there was none).</param>
/// <param name="Candidates">How many candidate clusters were scored.</param>
/// <param name="Reason">A short human-readable account ("joined: same type, dates overlap, same admin1", "opened: best 0.41 &lt; 0.60").</param>
public sealed record ClusterDecision(string MentionId, string EventId, bool Created, double Score, int Candidates, string Reason);