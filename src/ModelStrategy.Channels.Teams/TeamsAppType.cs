namespace ModelStrategy.Channels.Teams;

/// <summary>The kind of bot registration, which decides where outbound tokens come from.</summary>
public enum TeamsAppType
{
    /// <summary>Legacy multi-tenant registration: tokens from the botframework.com tenant.</summary>
    MultiTenant,

    /// <summary>Single-tenant registration: tokens from <see cref="TeamsOptions.TenantId"/>.</summary>
    SingleTenant,

    /// <summary>A user-assigned managed identity whose client id is <see cref="TeamsOptions.AppId"/>.</summary>
    UserAssignedMSI,
}
