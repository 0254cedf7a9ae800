namespace ModelStrategy.Core.Triage.Readers;

/// <summary>One way to read a quantity as a field's value.</summary>
/// <param name="Quantity">Index of the quantity in the scan, or -1 when the reading comes from words alone.</param>
/// <param name="Value">The value in the field's unit.</param>
/// <param name="Rank">How clear the mention is (higher wins; then the earlier one).</param>
/// <param name="Phrase">The words it comes from.</param>
internal readonly record struct NumberReading(int Quantity, double Value, int Rank, TriagePhrase Phrase)
{
    /// <summary>Offers the best acceptable one of <paramref name="readings"/> for <paramref name="field"/>, claims its quantity and returns it.</summary>
    public static NumberReading? OfferBest(TriageScan scan, string field, IEnumerable<NumberReading> readings)
    {
        foreach (var reading in readings.OrderByDescending(r => r.Rank).ThenBy(r => r.Phrase.Index))
        {
            if (scan.Findings.Number(field, reading.Value, reading.Rank, reading.Phrase))
            {
                if (reading.Quantity >= 0)
                {
                    scan.Claim(reading.Quantity);
                }

                return reading;
            }
        }

        return null;
    }
}
