using System.Text;

namespace Sitrep.GazetteerBuilder;

/// <summary>Reads a GNU gettext .mo file (the Spanish translations of iso-codes) into msgid → msgstr.</summary>
internal static class MoCatalog
{
    /// <summary>The translations, or an empty table when the file is missing.</summary>
    public static Dictionary<string, string> Read(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"warning: {path} not found; no Spanish names from iso-codes");
            return result;
        }

        var bytes = File.ReadAllBytes(path);
        var magic = BitConverter.ToUInt32(bytes, 0);
        if (magic != 0x950412de)
        {
            throw new InvalidDataException($"{path}: not a little-endian .mo file");
        }

        var count = BitConverter.ToInt32(bytes, 8);
        var originals = BitConverter.ToInt32(bytes, 12);
        var translations = BitConverter.ToInt32(bytes, 16);
        for (var i = 0; i < count; i++)
        {
            var id = ReadString(bytes, originals + (i * 8));
            var str = ReadString(bytes, translations + (i * 8));
            if (id.Length > 0 && str.Length > 0)
            {
                result[id] = str;
            }
        }

        return result;
    }

    private static string ReadString(byte[] bytes, int descriptor)
    {
        var length = BitConverter.ToInt32(bytes, descriptor);
        var offset = BitConverter.ToInt32(bytes, descriptor + 4);
        return Encoding.UTF8.GetString(bytes, offset, length);
    }
}