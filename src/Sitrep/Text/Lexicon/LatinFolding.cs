using System.Collections.Frozen;

namespace Sitrep.Text.Lexicon;

/// <summary>
/// The base letters of precomposed Latin letters (U+00C0–U+024F, U+1E00–U+1EFF) and the few letters Unicode does not
/// decompose (ø, ł, đ, ß, æ, œ, þ, ð, ı, ħ, ŧ, ŋ, ŀ, ĸ, ƒ). The one folding table of Sitrep: actor keys fold with it, and
/// <see cref="Sitrep.Geo.ToponymFolding"/> derives its one-code-unit table from it. Sitrep runs with <c>InvariantGlobalization</c>, under which
/// <c>string.Normalize(FormD)</c> leaves text unchanged, so "Sucumbíos" would never fold to "Sucumbios" without this table.
/// Generated from Python's unicodedata: NFD, non-spacing marks dropped, kept where one ASCII letter remains.
/// </summary>
internal static class LatinFolding
{
    private const string Composed =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊ" +
        "ċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚś" +
        "ŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬ" +
        "ǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋ" +
        "ḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋ" +
        "ṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋ" +
        "ẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐố" +
        "ỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Bases =
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcC" +
        "cCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSs" +
        "SsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoO" +
        "ojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDd" +
        "DdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNn" +
        "OoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXx" +
        "XxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOo" +
        "OoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";

    private static readonly FrozenDictionary<char, string> Table = Build();

    private static readonly FrozenDictionary<char, char> Decompositions = BuildDecompositions();

    /// <summary>The ASCII letters <paramref name="c"/> folds to, or null when it has no entry.</summary>
    public static string? Fold(char c) => Table.TryGetValue(c, out var folded) ? folded : null;

    /// <summary>
    /// The base letter of <paramref name="c"/> when Unicode decomposes it (NFD less its non-spacing marks), as BERT's
    /// uncased accent stripping does; false for the letters only folding maps (ø, ß, æ …) and for everything else.
    /// </summary>
    public static bool TryDecompose(char c, out char baseLetter) => Decompositions.TryGetValue(c, out baseLetter);

    private static FrozenDictionary<char, char> BuildDecompositions()
    {
        var table = new Dictionary<char, char>();
        for (var i = 0; i < Composed.Length; i++)
        {
            table[Composed[i]] = Bases[i];
        }

        return table.ToFrozenDictionary();
    }

    private static FrozenDictionary<char, string> Build()
    {
        var table = new Dictionary<char, string>();
        for (var i = 0; i < Composed.Length; i++)
        {
            table[Composed[i]] = Bases[i].ToString();
        }

        (char Letter, string Base)[] undecomposed =
        [
            ('ø', "o"), ('Ø', "O"), ('ł', "l"), ('Ł', "L"), ('đ', "d"), ('Đ', "D"), ('ß', "ss"), ('æ', "ae"), ('Æ', "AE"),
            ('œ', "oe"), ('Œ', "OE"), ('þ', "th"), ('Þ', "TH"), ('ð', "d"), ('Ð', "D"), ('ı', "i"),
            ('ħ', "h"), ('Ħ', "H"), ('ŧ', "t"), ('Ŧ', "T"), ('ŋ', "n"), ('Ŋ', "N"), ('ŀ', "l"), ('Ŀ', "L"), ('ĸ', "k"), ('ƒ', "f"),
            // U+01C0, the dental click, is written like a vertical bar; toponyms fold it so (the gazetteer's keys do).
            ('ǀ', "|"),
        ];
        foreach (var (letter, folded) in undecomposed)
        {
            table[letter] = folded;
        }

        return table.ToFrozenDictionary();
    }
}