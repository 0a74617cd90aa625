namespace M365Nis2.Teams.Cards;

/// <summary>
/// Every feature that produces cards implements this once, returning each of its card templates filled with realistic
/// sample data in English and Danish. The card validation test finds all implementations by reflection (creating them
/// from the app's services) and validates every sample with the official adaptivecards renderer.
/// </summary>
public interface ICardSamples
{
    IEnumerable<(string Name, AdaptiveCard Card)> Samples();
}
