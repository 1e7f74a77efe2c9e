using System.Collections;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.InteropServices;

namespace QualitySite.Generator.Templates;

/// <summary>
/// A 128-bit hash of a view model: every public property and field, strings as their UTF-16 code
/// units with their length, lists item by item, nested records the same way, nulls marked. What a
/// template can read is what is hashed, so two views with the same fingerprint render the same.
/// Property readers are compiled once per type.
/// </summary>
internal static class ViewFingerprint
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Readers = new();

    [ThreadStatic]
    private static XxHash128? t_hash;

    /// <summary>The fingerprint of the texts and objects, in order.</summary>
    public static UInt128 Of(string text, params object?[] values)
    {
        var hash = t_hash ??= new XxHash128();
        hash.Reset();
        Add(hash, text);
        foreach (var value in values)
        {
            Add(hash, value);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static void Add(XxHash128 hash, object? value)
    {
        switch (value)
        {
            case null:
                Tag(hash, 0);
                return;
            case string s:
                Tag(hash, 1);
                Number(hash, s.Length);
                hash.Append(MemoryMarshal.AsBytes(s.AsSpan()));
                return;
            case bool b:
                Tag(hash, b ? (byte)2 : (byte)3);
                return;
            case int i:
                Tag(hash, 4);
                Number(hash, i);
                return;
            case long l:
                Tag(hash, 5);
                Number(hash, l);
                return;
            case double d:
                Tag(hash, 6);
                Number(hash, BitConverter.DoubleToInt64Bits(d));
                return;
            case Enum or IFormattable when value.GetType().IsValueType:
                Add(hash, value.GetType().FullName + ":" + ((IFormattable)value).ToString(null, System.Globalization.CultureInfo.InvariantCulture));
                return;
            case IEnumerable items:
                Tag(hash, 7);
                var count = 0;
                foreach (var item in items)
                {
                    Add(hash, item);
                    count++;
                }

                Number(hash, count);
                return;
            default:
                Tag(hash, 8);
                foreach (var read in Readers.GetOrAdd(value.GetType(), Compile))
                {
                    Add(hash, read(value));
                }

                return;
        }
    }

    private static void Tag(XxHash128 hash, byte tag) => hash.Append([tag]);

    private static void Number(XxHash128 hash, long n)
    {
        Span<byte> bytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(bytes, n);
        hash.Append(bytes);
    }

    /// <summary>Readers of the type's public instance properties (without indexers) and fields, in a fixed order.</summary>
    private static Func<object, object?>[] Compile(Type type)
    {
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0).Cast<MemberInfo>()
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            .OrderBy(m => m.Name, StringComparer.Ordinal);
        return members.Select(m =>
        {
            var instance = Expression.Parameter(typeof(object));
            var read = Expression.PropertyOrField(Expression.Convert(instance, type), m.Name);
            return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
        }).ToArray();
    }
}
