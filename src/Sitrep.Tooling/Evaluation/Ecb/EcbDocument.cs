namespace Sitrep.Evaluation.Ecb;

/// <summary>
/// One ECB+ document as plain text, with its topic and its gold event. ECB+ (Cybulska and Vossen 2014) gives each of
/// its 43 topics two seminal events of the same kind: the original ECB documents (<c>1_10ecb.xml</c>) report one, the
/// documents added by ECB+ (<c>1_10ecbplus.xml</c>) the other, so within a topic a document's real-world event is
/// its sub-topic.
/// </summary>
/// <param name="Id">The file name without its extension ("1_10ecbplus").</param>
/// <param name="Topic">The topic number as written in the file name ("1").</param>
/// <param name="SubTopic">"ecb" or "ecbplus".</param>
/// <param name="Text">The document's tokens joined back into text, one sentence a line.</param>
/// <param name="Url">The page the text was found on (the link ECB+ tokenises as sentence zero of its own documents), or null.</param>
public sealed record EcbDocument(string Id, string Topic, string SubTopic, string Text, string? Url)
{
    /// <summary>The gold event: the topic and sub-topic ("1/ecbplus").</summary>
    public string GoldEvent => Topic + "/" + SubTopic;
}