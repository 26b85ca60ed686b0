using System.Reflection;

using Sitrep.Documents;
using Sitrep.Text.Lexicon;
using Sitrep.Text.Ner;

namespace Sitrep.Tests.Architecture;

/// <summary>
/// The word tables reach the stages through their constructors (docs/architecture.md): no static field of the runtime,
/// an auto-property's backing field included, holds one, so no stage can read them through a global.
/// </summary>
public sealed class GlobalTablesTests
{
    private static readonly Type[] TableTypes = [typeof(TextResources), typeof(NerNameLists), typeof(BuiltInLexicon), typeof(TextTables)];

    [Fact]
    public void No_static_field_of_the_runtime_holds_word_tables()
    {
        var globals = StaticFieldsOf(typeof(Document).Assembly)
            .Where(f => TableTypes.Any(t => t.IsAssignableFrom(f.FieldType)))
            .Select(f => $"{f.DeclaringType!.FullName}.{f.Name}")
            .ToList();

        Assert.True(globals.Count == 0, "Word tables held in static fields: " + string.Join(", ", globals));
    }

    [Fact]
    public void The_search_sees_static_fields_of_a_table_type()
    {
        // This test class holds TableTypes in a static field of type Type[]: the reader must find such fields at all.
        Assert.Contains(StaticFieldsOf(typeof(GlobalTablesTests).Assembly), f => f.Name == nameof(TableTypes));
    }

    private static IEnumerable<FieldInfo> StaticFieldsOf(Assembly assembly) =>
        assembly.GetTypes().SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
}