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
/// Property readers are compiled once per type. A value of a kind it does not know how to read
/// completely (a type from outside the generator) gives no fingerprint: that page is always rendered.
/// </summary>
internal static class ViewFingerprint
{
    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]?> Readers = new();

    [ThreadStatic]
    private static XxHash128? t_hash;

    /// <summary>The fingerprint of the text and objects, in order; null when one holds a value it cannot read completely.</summary>
    public static UInt128? Of(string text, params object?[] values)
    {
        var hash = t_hash ??= new XxHash128();
        hash.Reset();
        Add(hash, text);
        foreach (var value in values)
        {
            if (!Add(hash, value))
            {
                return null;
            }
        }

        return hash.GetCurrentHashAsUInt128();
    }

    private static bool Add(XxHash128 hash, object? value)
    {
        switch (value)
        {
            case null:
                Tag(hash, 0);
                return true;
            case string s:
                Tag(hash, 1);
                Number(hash, s.Length);
                hash.Append(MemoryMarshal.AsBytes(s.AsSpan()));
                return true;
            case bool b:
                Tag(hash, b ? (byte)2 : (byte)3);
                return true;
            case int i:
                Tag(hash, 4);
                Number(hash, i);
                return true;
            case long l:
                Tag(hash, 5);
                Number(hash, l);
                return true;
            case double d:
                Tag(hash, 6);
                Number(hash, BitConverter.DoubleToInt64Bits(d));
                return true;
            case char c:
                Tag(hash, 9);
                Number(hash, c);
                return true;
            case IFormattable when value.GetType().IsValueType:
                // Other numbers, enums, dates: their type and invariant text.
                return Add(hash, value.GetType().FullName + ":" + ((IFormattable)value).ToString(null, System.Globalization.CultureInfo.InvariantCulture));
            case IEnumerable items:
                Tag(hash, 7);
                var count = 0;
                foreach (var item in items)
                {
                    if (!Add(hash, item))
                    {
                        return false;
                    }

                    count++;
                }

                Number(hash, count);
                return true;
            default:
                if (Readers.GetOrAdd(value.GetType(), Compile) is not { } readers)
                {
                    return false;
                }

                Tag(hash, 8);
                foreach (var read in readers)
                {
                    if (!Add(hash, read(value)))
                    {
                        return false;
                    }
                }

                return true;
        }
    }

    private static void Tag(XxHash128 hash, byte tag) => hash.Append([tag]);

    private static void Number(XxHash128 hash, long n)
    {
        Span<byte> bytes = stackalloc byte[8];
        BitConverter.TryWriteBytes(bytes, n);
        hash.Append(bytes);
    }

    /// <summary>Readers of the type's public instance properties (without indexers) and fields, in a fixed order; null for a type from outside the generator.</summary>
    private static Func<object, object?>[]? Compile(Type type)
    {
        var known = type.Assembly == typeof(ViewFingerprint).Assembly
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));
        if (!known)
        {
            return null;
        }

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
