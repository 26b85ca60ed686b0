using Sitrep.Documents;

namespace Sitrep.Events;

/// <summary>A trigger found in a sentence, before arguments are attached.</summary>
/// <param name="Sentence">Index of the sentence.</param>
/// <param name="FirstToken">Index of the trigger's first token.</param>
/// <param name="EndToken">Index one past the trigger's last token.</param>
/// <param name="Span">The trigger's characters.</param>
/// <param name="Entry">The lexicon row.</param>
/// <param name="Anaphoric">True for a definite reference back ("the strikes", "this attack").</param>
/// <param name="InSpeech">True inside a direct quotation.</param>
/// <param name="Strong">False for a weak trigger with no military modifier: it may only continue an earlier mention.</param>
/// <param name="Kind">Incident or aggregate.</param>
/// <param name="Modality">How the text presents it.</param>
/// <param name="Passive">True for "were killed by …": the subject is the recipient.</param>
/// <param name="PronounSubject">True for a verb whose subject is a personal pronoun ("it had killed more"): it continues the story.</param>
internal sealed record TriggerHit(
    int Sentence,
    int FirstToken,
    int EndToken,
    TextSpan Span,
    TriggerEntry Entry,
    bool Anaphoric,
    bool InSpeech,
    bool Strong,
    EventKind Kind,
    EventModality Modality,
    bool Passive,
    bool PronounSubject = false);