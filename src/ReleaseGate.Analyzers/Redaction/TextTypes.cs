using Microsoft.CodeAnalysis;

namespace ReleaseGate.Analyzers.Redaction;

/// <summary>
/// Decides whether a value of some type can carry free text. Numbers, flags, dates, identifiers and vectors of
/// numbers cannot, so they never make a record dirty.
/// </summary>
internal static class TextTypes
{
    // Members named like these identify or describe a record (its key, hash, source address); they are not the
    // free text a redactor scrubs, so they do not make a record dirty.
    private static readonly string[] StructuralSuffixes =
    [
        "Id", "Key", "Hash", "Fingerprint", "Uri", "Url", "Version", "ETag", "Etag", "Type", "Kind", "Collection",
        "Index", "Partition",
    ];

    public static bool IsStructuralMember(string name)
    {
        foreach (var suffix in StructuralSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal)
                || string.Equals(name, suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool CanCarryText(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return true;
            case IArrayTypeSymbol array:
                return CanCarryText(array.ElementType);
            case ITypeParameterSymbol:
                return true;
        }

        if (type.TypeKind == TypeKind.Enum || IsScalar(type.SpecialType))
        {
            return false;
        }

        if (type is not INamedTypeSymbol named)
        {
            return true;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return CanCarryText(named.TypeArguments[0]);
        }

        if (IsTextFreeValueType(named))
        {
            return false;
        }

        // A generic container of numbers (ReadOnlyMemory<float>, List<int>, Embedding<float>) holds no text.
        if (named.IsGenericType)
        {
            foreach (var argument in named.TypeArguments)
            {
                if (CanCarryText(argument))
                {
                    return true;
                }
            }

            return false;
        }

        return true;
    }

    private static bool IsScalar(SpecialType specialType) => specialType switch
    {
        SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte
            or SpecialType.System_Byte or SpecialType.System_Int16 or SpecialType.System_UInt16
            or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
            or SpecialType.System_UInt64 or SpecialType.System_Decimal or SpecialType.System_Single
            or SpecialType.System_Double or SpecialType.System_IntPtr or SpecialType.System_UIntPtr
            or SpecialType.System_DateTime => true,
        _ => false,
    };

    private static bool IsTextFreeValueType(INamedTypeSymbol type)
    {
        if (!type.IsValueType || type.ContainingNamespace?.ToDisplayString() != "System")
        {
            return false;
        }

        return type.Name is "Guid" or "DateTimeOffset" or "TimeSpan" or "DateOnly" or "TimeOnly" or "Half"
            or "Int128" or "UInt128";
    }
}
