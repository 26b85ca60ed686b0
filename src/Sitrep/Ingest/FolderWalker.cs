namespace Sitrep.Ingest;

/// <summary>
/// The files under a folder, recursively, in ordinal order of their path, so two runs over the same folder read
/// articles in the same order. Hidden entries (a name starting with '.') are skipped with everything under them.
/// </summary>
internal static class FolderWalker
{
    public static IReadOnlyList<string> Files(string folder, CancellationToken cancellationToken)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.System,
            ReturnSpecialDirectories = false,
        };
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var current = pending.Pop();
            foreach (var entry in new DirectoryInfo(current).EnumerateFileSystemInfos("*", options))
            {
                if (entry.Name.StartsWith('.'))
                {
                    continue;
                }

                // Symbolic links to folders are not followed: they can loop back to an ancestor.
                if (entry is DirectoryInfo directory)
                {
                    if (directory.LinkTarget is null)
                    {
                        pending.Push(Path.Join(current, entry.Name));
                    }
                }
                else
                {
                    files.Add(Path.Join(current, entry.Name));
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }
}