namespace ReleaseGate.Privacy.Scanning;

/// <summary>Reads a number written in groups, such as <c>4111 1111 1111 1111</c> or <c>+44-20-7946-0958</c>.</summary>
internal static class GroupedDigits
{
    /// <summary>
    /// Reads digits from <paramref name="start"/>, crossing single separators from <paramref name="separators"/>
    /// as long as every one is the same character and a digit follows it. Stops after one digit more than
    /// <paramref name="digits"/> holds, so a count above its length means "too long".
    /// </summary>
    /// <returns>The index just past the last digit read.</returns>
    public static int Read(
        string text, int start, string separators, Span<byte> digits, out int count, out char separator)
    {
        count = 0;
        separator = '\0';
        var i = start;
        while (i < text.Length && count <= digits.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                if (count < digits.Length)
                {
                    digits[count] = (byte)(c - '0');
                }

                count++;
            }
            else if (separators.Contains(c) && NumberBounds.IsDigitAt(text, i + 1)
                && (separator == '\0' || separator == c))
            {
                separator = c;
            }
            else
            {
                break;
            }

            i++;
        }

        return i;
    }
}
