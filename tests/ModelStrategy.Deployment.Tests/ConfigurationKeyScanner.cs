using System.Reflection;
using System.Text.RegularExpressions;

namespace ModelStrategy.Deployment.Tests;

/// <summary>
/// Finds the configuration keys the code reads: every options class (a type with <c>const string SectionName</c>)
/// in the ModelStrategy assemblies, property by property, plus the direct reads in src/ (indexers on a
/// configuration, GetValue, GetSection, GetConnectionString, BindConfiguration), with constants resolved.
/// </summary>
internal static partial class ConfigurationKeyScanner
{
    /// <summary>A key and where it was found.</summary>
    public sealed record Read(string Key, string Source);

    public static IReadOnlyList<Read> OptionsKeys()
    {
        var reads = new List<Read>();
        foreach (var type in ModelStrategyAssemblies().SelectMany(LoadableTypes))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.GetRawConstantValue() is string section)
            {
                AddProperties(type, section, type.FullName!, reads, depth: 0);
            }
        }

        return reads;
    }

    public static IReadOnlyList<Read> SourceReads()
    {
        var files = Directory.EnumerateFiles(RepositoryFiles.PathOf("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (Source: Path.GetRelativePath(RepositoryFiles.Root, f), Text: File.ReadAllText(f)))
            .ToList();
        var constants = Constants(files.Select(f => f.Text));
        return [.. files.SelectMany(f => Scan(f.Text, f.Source, constants))];
    }

    /// <summary>Every <c>const string Name = "value";</c> in the texts, by name.</summary>
    public static Dictionary<string, List<string>> Constants(IEnumerable<string> texts) =>
        texts.SelectMany(text => ConstantPattern().Matches(text))
            .GroupBy(m => m.Groups["name"].Value)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Groups["value"].Value).Distinct().ToList());

    /// <summary>The configuration reads in one source text.</summary>
    public static IEnumerable<Read> Scan(string text, string source, Dictionary<string, List<string>> constants)
    {
        foreach (Match m in ReadPattern().Matches(text))
        {
            var prefix = m.Value.Contains("GetConnectionString", StringComparison.Ordinal) ? "ConnectionStrings:" : string.Empty;
            var keys = m.Groups["literal"].Success ? [m.Groups["literal"].Value] : Resolve(m.Groups["symbol"].Value, constants, source);
            foreach (var key in keys)
            {
                yield return new Read(prefix + key, $"{source}: {m.Value}");
            }
        }
    }

    private static void AddProperties(Type type, string prefix, string source, List<Read> reads, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true))
        {
            var key = $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (IsComplex(propertyType) && depth < 4)
            {
                AddProperties(propertyType, key, source, reads, depth + 1);
            }
            else
            {
                reads.Add(new Read(key, $"{source}.{property.Name}"));
            }
        }
    }

    private static bool IsComplex(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Uri) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    private static List<string> Resolve(string symbol, Dictionary<string, List<string>> constants, string source)
    {
        var member = symbol[(symbol.LastIndexOf('.') + 1)..];
        if (constants.TryGetValue(member, out var values))
        {
            return values;
        }

        var typeName = symbol.Contains('.', StringComparison.Ordinal) ? symbol[..symbol.LastIndexOf('.')] : null;
        var framework = typeName is null ? null : FrameworkAssemblies()
            .SelectMany(LoadableTypes)
            .Where(t => t.Name == typeName.Split('.')[^1])
            .Select(t => t.GetField(member, BindingFlags.Public | BindingFlags.Static) switch
            {
                { IsLiteral: true } constant => constant.GetRawConstantValue() as string,
                { IsInitOnly: true } field when field.FieldType == typeof(string) => field.GetValue(null) as string,
                _ => null,
            })
            .FirstOrDefault(v => v is not null);
        return framework is not null ? [framework]
            : throw new InvalidOperationException($"{source}: cannot resolve the configuration key \"{symbol}\"; teach ConfigurationKeyScanner");
    }

    private static IEnumerable<Assembly> ModelStrategyAssemblies() =>
        Directory.EnumerateFiles(AppContext.BaseDirectory, "ModelStrategy.*.dll")
            .Where(f => !Path.GetFileName(f).Contains(".Tests", StringComparison.Ordinal))
            .Select(f => Assembly.LoadFrom(f));

    // Framework key names (WebHostDefaults.ServerUrlsKey, a static readonly string): look through the ASP.NET Core and
    // Microsoft.Extensions assemblies the runtime can load.
    private static IEnumerable<Assembly> FrameworkAssemblies() =>
        ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(path => Path.GetFileName(path).StartsWith("Microsoft.AspNetCore.", StringComparison.Ordinal)
                || Path.GetFileName(path).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)));

    private static IEnumerable<Type> LoadableTypes(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    [GeneratedRegex("""const\s+string\s+(?<name>\w+)\s*=\s*"(?<value>[^"]*)"\s*;""", RegexOptions.None, 1000)]
    private static partial Regex ConstantPattern();

    // configuration["Key"], c[SomeType.KeyConstant], GetValue<T>("Key"), GetSection("A:B"), GetRequiredSection(...),
    // GetConnectionString("Name") (→ ConnectionStrings:Name) and BindConfiguration(Options.SectionName). A symbol
    // counts when it is qualified (Type.Member) or named like a key constant (…Key, …Name, …Section).
    [GeneratedRegex("""
        (?:\b(?:configuration|Configuration|config|cfg|c)\s*\[\s*
        |\bGetValue\s*<[^>()]+>\s*\(\s*
        |\bGet(?:Required)?Section\s*\(\s*
        |\bBindConfiguration\s*\(\s*
        |\bGetConnectionString\s*\(\s*
        )
        (?:"(?<literal>[^"]+)"|(?<symbol>[A-Za-z_]\w*(?:\.\w+)+|[A-Za-z_]\w*(?:Key|Name|Section))\b)
        """, RegexOptions.IgnorePatternWhitespace, 1000)]
    private static partial Regex ReadPattern();
}
