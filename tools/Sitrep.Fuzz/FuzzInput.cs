namespace Sitrep.Fuzz;

/// <summary>Reads one afl input. afl's mutations rarely grow an input past its seeds, but a cap keeps one exec bounded.</summary>
internal static class FuzzInput
{
    public const int MaxBytes = 1 << 20;

    public static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while (buffer.Length < MaxBytes && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, MaxBytes - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}