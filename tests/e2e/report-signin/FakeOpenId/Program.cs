using System.Globalization;
using ModelStrategy.Tests.OpenId;

// A local OpenID provider on 127.0.0.1, until stopped (SIGTERM, Ctrl+C): dotnet FakeOpenId.dll PORT [entra|slack]
var port = int.Parse(args[0], CultureInfo.InvariantCulture);
var entra = args.Length < 2 || args[1] == "entra";
await using var provider = await FakeOpenIdProvider.StartAsync(entra, port, accessTokensOverHttp: true);
Console.WriteLine($"fake {(entra ? "Microsoft Entra ID" : "Sign in with Slack")} at {provider.BaseUri}, authority {provider.Authority}");
await provider.WaitForShutdownAsync();
