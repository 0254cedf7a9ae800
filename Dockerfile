# ModelStrategy Bot: multi-stage build, small non-root runtime image. Configuration comes entirely from
# environment variables (docs/CONFIGURATION.md); the bot listens on port 3978. Orchestrators probe
# GET /healthz (liveness) and GET /readyz (readiness), so the image has no HEALTHCHECK of its own.
#   docker build -t modelstrategy-bot .
#   docker run -p 3978:3978 -v modelstrategy-data:/app/data modelstrategy-bot

# Build stage: the SDK that global.json pins (tests/ModelStrategy.Bot.Tests/Deployment keeps the two in step).
# Plain Dockerfile syntax, so docker, podman and az acr build all build it; the image is for the builder's CPU.
FROM mcr.microsoft.com/dotnet/sdk:10.0.100-noble AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
RUN dotnet publish src/ModelStrategy.Bot/ModelStrategy.Bot.csproj -c Release --os linux -o /app \
    && mkdir -p /writable/data

# Runtime stage: ASP.NET Core on Ubuntu chiseled (no shell, no package manager), as the non-root "app" user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS runtime
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=3978
# Tiered compilation counts calls from the first one instead of waiting for 100 ms without new JIT work, a pause that
# rarely comes while traffic keeps reaching new code: under load the hot paths reach optimised code within seconds of a
# start or restart, not a minute, for about half a second more start-up (docs/PERFORMANCE.md, "Full speed soon after a
# start"). The load scripts run the host with it.
ENV DOTNET_TC_CallCountingDelayMs=0
COPY --from=build /app ./
# data/ holds the SQLite file (the default store); 1654 is $APP_UID, the images' non-root user.
COPY --from=build --chown=1654:1654 /writable/ ./
VOLUME ["/app/data"]
USER $APP_UID
EXPOSE 3978
ENTRYPOINT ["./ModelStrategy.Bot"]
