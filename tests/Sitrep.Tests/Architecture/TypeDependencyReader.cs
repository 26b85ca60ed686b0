using System.Collections.Frozen;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Sitrep.Tests.Architecture;

/// <summary>
/// Reads which of an assembly's own types each of its types uses, from the compiled metadata and IL rather than the
/// source: base types, interfaces, field, method, property and local signatures, attributes, and every type, method
/// and field token in the method bodies. Compiler-generated nested types (closures, state machines) count as their
/// outermost declaring type, so a lambda's dependencies are its method's.
/// </summary>
internal sealed class TypeDependencyReader
{
    private static readonly FrozenDictionary<short, OperandType> OperandTypes = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToFrozenDictionary(o => o.Value, o => o.OperandType);

    private readonly MetadataReader reader;
    private readonly HandleCollector collector;

    private TypeDependencyReader(MetadataReader reader)
    {
        this.reader = reader;
        collector = new HandleCollector(this);
    }

    /// <summary>The names of the assemblies <paramref name="assemblyPath"/> references.</summary>
    public static IReadOnlyList<string> ReferencedAssemblies(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var reader = pe.GetMetadataReader();
        return reader.AssemblyReferences.Select(h => reader.GetString(reader.GetAssemblyReference(h).Name)).ToList();
    }

    /// <summary>Each top-level type's full name, with its namespace and the full names of the own types it uses.</summary>
    public static IReadOnlyList<TypeDependencies> Read(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var instance = new TypeDependencyReader(pe.GetMetadataReader());
        return instance.ReadAll(pe);
    }

    private List<TypeDependencies> ReadAll(PEReader pe)
    {
        var byType = new Dictionary<TypeDefinitionHandle, HashSet<TypeDefinitionHandle>>();
        foreach (var handle in reader.TypeDefinitions)
        {
            var outer = Outermost(handle);
            if (!byType.TryGetValue(outer, out var used))
            {
                used = [];
                byType[outer] = used;
            }
            collector.Target = used;
            CollectType(pe, handle);
        }
        var result = new List<TypeDependencies>();
        foreach (var (type, used) in byType)
        {
            var name = FullName(type);
            if (name == "<Module>")
            {
                continue;
            }
            var names = used.Select(Outermost).Where(u => u != type).Select(FullName).ToHashSet(StringComparer.Ordinal);
            result.Add(new TypeDependencies(name, Namespace(type), names.Order(StringComparer.Ordinal).ToList()));
        }
        return result;
    }

    private void CollectType(PEReader pe, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        Collect(type.BaseType);
        foreach (var i in type.GetInterfaceImplementations())
        {
            Collect(reader.GetInterfaceImplementation(i).Interface);
        }
        CollectAttributes(type.GetCustomAttributes());
        CollectGenericParameters(type.GetGenericParameters());
        foreach (var f in type.GetFields())
        {
            var field = reader.GetFieldDefinition(f);
            field.DecodeSignature(collector, null);
            CollectAttributes(field.GetCustomAttributes());
        }
        foreach (var p in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(p);
            property.DecodeSignature(collector, null);
            CollectAttributes(property.GetCustomAttributes());
        }
        foreach (var m in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(m);
            method.DecodeSignature(collector, null);
            CollectAttributes(method.GetCustomAttributes());
            CollectGenericParameters(method.GetGenericParameters());
            if (method.RelativeVirtualAddress != 0)
            {
                CollectBody(pe.GetMethodBody(method.RelativeVirtualAddress));
            }
        }
    }

    private void CollectGenericParameters(GenericParameterHandleCollection parameters)
    {
        foreach (var g in parameters)
        {
            foreach (var c in reader.GetGenericParameter(g).GetConstraints())
            {
                Collect(reader.GetGenericParameterConstraint(c).Type);
            }
        }
    }

    private void CollectAttributes(CustomAttributeHandleCollection attributes)
    {
        foreach (var a in attributes)
        {
            Collect(reader.GetCustomAttribute(a).Constructor);
        }
    }

    private void CollectBody(MethodBodyBlock body)
    {
        if (!body.LocalSignature.IsNil)
        {
            reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(collector, null);
        }
        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il.ReadByte());
            }
            switch (OperandTypes[code])
            {
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    // Not "il.Offset += 4 * il.ReadInt32()": that reads Offset before the count moves it.
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    Collect(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }
    }

    internal void Collect(EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return;
        }
        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                collector.Target!.Add((TypeDefinitionHandle)handle);
                break;
            case HandleKind.TypeSpecification:
                reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(collector, null);
                break;
            case HandleKind.MethodDefinition:
                collector.Target!.Add(reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.FieldDefinition:
                collector.Target!.Add(reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType());
                break;
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                Collect(member.Parent);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(collector, null);
                }
                else
                {
                    member.DecodeFieldSignature(collector, null);
                }
                break;
            case HandleKind.MethodSpecification:
                var spec = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                Collect(spec.Method);
                spec.DecodeSignature(collector, null);
                break;
            default:
                // Type references point outside the assembly; the assembly-reference check covers those.
                break;
        }
    }

    private TypeDefinitionHandle Outermost(TypeDefinitionHandle handle)
    {
        var declaring = reader.GetTypeDefinition(handle).GetDeclaringType();
        return declaring.IsNil ? handle : Outermost(declaring);
    }

    private string Namespace(TypeDefinitionHandle handle) =>
        reader.GetString(reader.GetTypeDefinition(Outermost(handle)).Namespace);

    private string FullName(TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var ns = reader.GetString(type.Namespace);
        var name = reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Decodes signatures only for their side effect: every own type they mention is added to the target.</summary>
    private sealed class HandleCollector(TypeDependencyReader owner) : ISignatureTypeProvider<object?, object?>
    {
        public HashSet<TypeDefinitionHandle>? Target { get; set; }

        public object? GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            Target!.Add(handle);
            return null;
        }

        public object? GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            owner.Collect(handle);
            return null;
        }

        public object? GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => null;
        public object? GetPrimitiveType(PrimitiveTypeCode typeCode) => null;
        public object? GetSZArrayType(object? elementType) => null;
        public object? GetArrayType(object? elementType, ArrayShape shape) => null;
        public object? GetByReferenceType(object? elementType) => null;
        public object? GetPointerType(object? elementType) => null;
        public object? GetPinnedType(object? elementType) => null;
        public object? GetGenericInstantiation(object? genericType, System.Collections.Immutable.ImmutableArray<object?> typeArguments) => null;
        public object? GetGenericMethodParameter(object? genericContext, int index) => null;
        public object? GetGenericTypeParameter(object? genericContext, int index) => null;
        public object? GetFunctionPointerType(MethodSignature<object?> signature) => null;
        public object? GetModifiedType(object? modifier, object? unmodifiedType, bool isRequired) => null;
    }
}

/// <summary>One top-level type of an assembly and the assembly's other top-level types it uses.</summary>
internal sealed record TypeDependencies(string Type, string Namespace, IReadOnlyList<string> Uses);