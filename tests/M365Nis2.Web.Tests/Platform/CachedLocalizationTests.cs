using System.Globalization;
using M365Nis2.Web.Platform;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Tests.Platform;

/// <summary>The cached lookups answer exactly what the resource files say, per culture, as the uncached ones did.</summary>
public class CachedLocalizationTests
{
    private static IStringLocalizer<TrainingText> Text()
    {
        var services = new ServiceCollection().AddLogging().AddCachedLocalization().BuildServiceProvider();
        Assert.IsType<CachedStringLocalizerFactory>(services.GetRequiredService<IStringLocalizerFactory>());
        return services.GetRequiredService<IStringLocalizer<TrainingText>>();
    }

    private static T In<T>(string culture, Func<T> read)
    {
        var (ui, current) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, current);
        }
    }

    [Fact]
    public void Each_culture_keeps_its_own_text_for_the_same_name()
    {
        var text = Text();

        Assert.Equal("Your awareness training", In("en-US", () => text["Awareness_MyTitle"].Value));
        Assert.Equal("Din awareness-træning", In("da-DK", () => text["Awareness_MyTitle"].Value));
        Assert.Equal("Your awareness training", In("en-US", () => text["Awareness_MyTitle"].Value));
    }

    [Fact]
    public void Arguments_are_formatted_in_the_current_culture()
    {
        var text = Text();

        Assert.Equal("Your result: 0.5", In("en-US", () => text["Result_Title", 0.5].Value));
        Assert.Equal("Dit resultat: 0,5", In("da-DK", () => text["Result_Title", 0.5].Value));
    }

    [Fact]
    public void A_missing_name_says_so_and_shows_the_name()
    {
        var missing = In("da-DK", () => Text()["No_such_text"]);

        Assert.True(missing.ResourceNotFound);
        Assert.Equal("No_such_text", missing.Value);
    }
}
