using System.Reflection;
using System.Reflection.Emit;

namespace LegalReview.Tests.Architecture;

/// <summary>
/// Reads which types each type of a compiled assembly uses: base type and interfaces, attributes, fields, method and
/// constructor signatures, and every type, method and field token in the method bodies' IL (so lambdas, async state
/// machines and local variables count for the namespace of the type that holds them).
/// </summary>
internal static class TypeReferenceReader
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Adds to <paramref name="graph"/> an edge from each type's namespace to each namespace it uses.</summary>
    /// <param name="assembly">The assembly.</param>
    /// <param name="graph">The namespace graph.</param>
    public static void AddNamespaceDependencies(Assembly assembly, DependencyGraph graph)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (LayerTable.LayerOf(type.Namespace) is null)
            {
                continue;
            }

            foreach (var used in ReferencedTypes(type).SelectMany(Flatten).Distinct())
            {
                if (LayerTable.LayerOf(used.Namespace) is not null)
                {
                    graph.Add(type.Namespace!, used.Namespace!, $"{type.FullName} uses {used.FullName}");
                }
            }
        }
    }

    private static IEnumerable<Type> ReferencedTypes(Type type)
    {
        if (type.BaseType is { } baseType)
        {
            yield return baseType;
        }

        foreach (var i in type.GetInterfaces())
        {
            yield return i;
        }

        foreach (var a in type.GetCustomAttributesData())
        {
            yield return a.AttributeType;
        }

        foreach (var f in type.GetFields(Declared))
        {
            yield return f.FieldType;
        }

        foreach (var m in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (m is MethodInfo mi)
            {
                yield return mi.ReturnType;
            }

            foreach (var p in m.GetParameters())
            {
                yield return p.ParameterType;
            }

            foreach (var a in m.GetCustomAttributesData())
            {
                yield return a.AttributeType;
            }

            foreach (var t in BodyReferences(type, m))
            {
                yield return t;
            }
        }
    }

    private static IEnumerable<Type> BodyReferences(Type type, MethodBase method)
    {
        MethodBody? body;
        try
        {
            body = method.GetMethodBody();
        }
        catch (InvalidOperationException)
        {
            yield break;
        }

        if (body is null)
        {
            yield break;
        }

        foreach (var local in body.LocalVariables)
        {
            yield return local.LocalType;
        }

        var il = body.GetILAsByteArray() ?? [];
        var typeArgs = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i < il.Length;)
        {
            var value = (short)il[i++];
            if (value == 0xFE)
            {
                value = (short)(0xFE00 | il[i++]);
            }

            if (!OpCodesByValue.TryGetValue(value, out var op))
            {
                yield break;
            }

            switch (op.OperandType)
            {
                case OperandType.InlineType or OperandType.InlineTok or OperandType.InlineMethod or OperandType.InlineField:
                    var token = BitConverter.ToInt32(il, i);
                    i += 4;
                    MemberInfo? member;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArgs, methodArgs);
                    }
                    catch (ArgumentException)
                    {
                        member = null;
                    }

                    if (member is Type t)
                    {
                        yield return t;
                    }
                    else if (member?.DeclaringType is { } declaring)
                    {
                        yield return declaring;
                        if (member is MethodInfo { IsGenericMethod: true } generic)
                        {
                            foreach (var a in generic.GetGenericArguments())
                            {
                                yield return a;
                            }
                        }
                    }

                    break;
                case OperandType.InlineSwitch:
                    var count = BitConverter.ToInt32(il, i);
                    i += 4 + (4 * count);
                    break;
                default:
                    i += OperandSize(op.OperandType);
                    break;
            }
        }
    }

    private static int OperandSize(OperandType operand) => operand switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => 4,
    };

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        if (type.IsGenericParameter)
        {
            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }
}
