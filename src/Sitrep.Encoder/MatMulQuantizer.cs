using System.Runtime.InteropServices;
using Google.Protobuf;
using Onnx;

namespace Sitrep.Encoder;

/// <summary>
/// Dynamic int8 quantisation of an ONNX graph's weight MatMuls, the rewrite ONNX Runtime's Python
/// <c>quantize_dynamic</c> makes (which is not available to .NET): each <c>MatMul(A, W)</c> whose <c>W</c> is a
/// 2-D fp32 initializer becomes <c>DynamicQuantizeLinear(A)</c> → <c>MatMulInteger(A_q, W_q)</c> → <c>Cast</c> →
/// <c>Mul</c> by the two scales; ONNX Runtime fuses that chain into one integer kernel at load time.
/// </summary>
/// <remarks>
/// Weights are quantised symmetrically per output column (a scale per column, zero point 0), which keeps columns of
/// small weights from losing their precision to one large column. Activations are quantised per batch by the graph
/// (uint8, asymmetric). MatMuls between two activations (attention scores) stay fp32.
/// </remarks>
internal static class MatMulQuantizer
{
    // Symmetric int8: ±127 (not -128, so that negating a weight never overflows).
    private const float Int8Limit = 127f;

    /// <summary>The quantised graph, serialised; <paramref name="graph"/> is not changed.</summary>
    public static byte[] Quantize(byte[] graph)
    {
        var model = ModelProto.Parser.ParseFrom(graph);
        var g = model.Graph;
        var initializers = g.Initializer.ToDictionary(i => i.Name, StringComparer.Ordinal);
        var quantisedActivations = new Dictionary<string, (string Values, string Scale, string ZeroPoint)>(StringComparer.Ordinal);
        var nodes = new List<NodeProto>(g.Node.Count + 64);
        var replaced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in g.Node)
        {
            if (node.OpType != "MatMul" || !initializers.TryGetValue(node.Input[1], out var weight) ||
                weight.DataType != (int)TensorProto.Types.DataType.Float || weight.Dims.Count != 2)
            {
                nodes.Add(node);
                continue;
            }

            var input = node.Input[0];
            if (!quantisedActivations.TryGetValue(input, out var activation))
            {
                // One DynamicQuantizeLinear per activation: Q, K and V share theirs.
                activation = ($"{input}_q", $"{input}_scale", $"{input}_zero_point");
                quantisedActivations[input] = activation;
                nodes.Add(Node("DynamicQuantizeLinear", $"{input}_DynamicQuantize", [input], [activation.Values, activation.Scale, activation.ZeroPoint]));
            }

            var (values, scales) = QuantizePerColumn(weight);
            var prefix = node.Input[1];
            g.Initializer.Add(values);
            g.Initializer.Add(scales);
            g.Initializer.Add(new TensorProto
            {
                Name = $"{prefix}_zero_point",
                DataType = (int)TensorProto.Types.DataType.Int8,
                Dims = { weight.Dims[1] },
                RawData = ByteString.CopyFrom(new byte[weight.Dims[1]]),
            });
            replaced.Add(prefix);
            var name = node.Name;
            nodes.Add(Node("MatMulInteger", $"{name}_MatMulInteger", [activation.Values, values.Name, activation.ZeroPoint, $"{prefix}_zero_point"], [$"{name}_int32"]));
            var cast = Node("Cast", $"{name}_Cast", [$"{name}_int32"], [$"{name}_float"]);
            cast.Attribute.Add(new AttributeProto { Name = "to", Type = AttributeProto.Types.AttributeType.Int, I = (long)TensorProto.Types.DataType.Float });
            nodes.Add(cast);
            nodes.Add(Node("Mul", $"{name}_Scale", [activation.Scale, scales.Name], [$"{name}_scale"]));
            nodes.Add(Node("Mul", $"{name}_Rescale", [$"{name}_float", $"{name}_scale"], [node.Output[0]]));
        }

        g.Node.Clear();
        g.Node.AddRange(nodes);
        // A replaced weight goes unless another node still reads it (tied weights).
        var read = nodes.SelectMany(n => n.Input).ToHashSet(StringComparer.Ordinal);
        foreach (var name in replaced.Where(n => !read.Contains(n)))
        {
            g.Initializer.Remove(initializers[name]);
        }

        return model.ToByteArray();
    }

    private static (TensorProto Values, TensorProto Scales) QuantizePerColumn(TensorProto weight)
    {
        var rows = (int)weight.Dims[0];
        var columns = (int)weight.Dims[1];
        var w = weight.RawData.Length > 0 ? MemoryMarshal.Cast<byte, float>(weight.RawData.Span).ToArray() : [.. weight.FloatData];
        var scales = new float[columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                scales[c] = Math.Max(scales[c], Math.Abs(w[(r * columns) + c]));
            }
        }

        for (var c = 0; c < columns; c++)
        {
            // An all-zero column keeps scale 1 (any scale reproduces zeros) rather than dividing by zero.
            scales[c] = scales[c] > 0 ? scales[c] / Int8Limit : 1f;
        }

        var values = new byte[rows * columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var q = Math.Clamp(MathF.Round(w[(r * columns) + c] / scales[c]), -Int8Limit, Int8Limit);
                values[(r * columns) + c] = (byte)(sbyte)q;
            }
        }

        return (
            new TensorProto { Name = $"{weight.Name}_quantized", DataType = (int)TensorProto.Types.DataType.Int8, Dims = { rows, columns }, RawData = ByteString.CopyFrom(values) },
            new TensorProto { Name = $"{weight.Name}_scale", DataType = (int)TensorProto.Types.DataType.Float, Dims = { columns }, RawData = ByteString.CopyFrom(MemoryMarshal.AsBytes(scales.AsSpan())) });
    }

    private static NodeProto Node(string op, string name, string[] inputs, string[] outputs)
    {
        var node = new NodeProto { OpType = op, Name = name };
        node.Input.AddRange(inputs);
        node.Output.AddRange(outputs);
        return node;
    }
}