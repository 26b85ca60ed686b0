namespace Sitrep.ActorDictionaryBuilder;

/// <summary>A country on its way into the dictionary file: ISO names, demonyms, PETRARCH phrases.</summary>
internal sealed class BuiltCountry(string code, string alpha3, string name)
{
    public string Code { get; } = code;

    public string Alpha3 { get; } = alpha3;

    public string Name { get; set; } = name;

    public List<string> Demonyms { get; } = [];

    public List<string> Names { get; } = [];

    public void AddName(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length > 0 && !Names.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            Names.Add(trimmed);
        }
    }

    public void AddDemonym(string demonym)
    {
        var trimmed = demonym.Trim();
        if (trimmed.Length > 0 && !Demonyms.Contains(trimmed, StringComparer.OrdinalIgnoreCase))
        {
            Demonyms.Add(trimmed);
        }
    }
}