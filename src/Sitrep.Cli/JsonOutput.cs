using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Cli;

/// <summary>The one JSON style of every verb: indented, UTF-8, non-ASCII letters kept as they are.</summary>
internal static class JsonOutput
{
    public static void WriteLine(TextWriter output, MemoryStream utf8Json)
    {
        output.WriteLine(Encoding.UTF8.GetString(utf8Json.GetBuffer(), 0, (int)utf8Json.Length));
        output.Flush();
    }

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, SitrepJson.WriterOptions))
        {
            write(writer);
        }

        WriteLine(output, stream);
    }
}