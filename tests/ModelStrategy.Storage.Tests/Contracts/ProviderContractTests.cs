using ModelStrategy.Storage.Tests.TestSupport;

namespace ModelStrategy.Storage.Tests.Contracts;

// Every contract once per provider: the same tests over SQLite and over a private redis-server.

public sealed class SqliteConversationStoreContractTests() : ConversationStoreContract(new SqliteStoreProvider());

[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisConversationStoreContractTests(RedisServerFixture redis)
    : ConversationStoreContract(new RedisStoreProvider(redis.Server)), IClassFixture<RedisServerFixture>;

public sealed class SqliteRecommendationStoreContractTests() : RecommendationStoreContract(new SqliteStoreProvider());

[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisRecommendationStoreContractTests(RedisServerFixture redis)
    : RecommendationStoreContract(new RedisStoreProvider(redis.Server)), IClassFixture<RedisServerFixture>;

public sealed class SqliteDeliveryLedgerContractTests() : DeliveryLedgerContract(new SqliteStoreProvider());

[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisDeliveryLedgerContractTests(RedisServerFixture redis)
    : DeliveryLedgerContract(new RedisStoreProvider(redis.Server)), IClassFixture<RedisServerFixture>;

public sealed class SqliteConversationEngineContractTests() : ConversationEngineContract(new SqliteStoreProvider());

[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisConversationEngineContractTests(RedisServerFixture redis)
    : ConversationEngineContract(new RedisStoreProvider(redis.Server)), IClassFixture<RedisServerFixture>;

public sealed class SqliteInboxContractTests() : InboxContract(new SqliteStoreProvider());

[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisInboxContractTests(RedisServerFixture redis)
    : InboxContract(new RedisStoreProvider(redis.Server)), IClassFixture<RedisServerFixture>;

public sealed class SqliteReviewReminderStoreContractTests() : ReviewReminderStoreContract(new SqliteStoreProvider());

[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisReviewReminderStoreContractTests(RedisServerFixture redis)
    : ReviewReminderStoreContract(new RedisStoreProvider(redis.Server)), IClassFixture<RedisServerFixture>;

public sealed class SqliteRecentRecommendationsContractTests() : RecentRecommendationsContract(new SqliteStoreProvider());

[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisRecentRecommendationsContractTests(RedisServerFixture redis)
    : RecentRecommendationsContract(new RedisStoreProvider(redis.Server)), IClassFixture<RedisServerFixture>;

public sealed class SqliteOutcomeStoreContractTests() : OutcomeStoreContract(new SqliteStoreProvider());

[Trait("Category", "Redis")]
[Trait("Tier", "External")]
public sealed class RedisOutcomeStoreContractTests(RedisServerFixture redis)
    : OutcomeStoreContract(new RedisStoreProvider(redis.Server)), IClassFixture<RedisServerFixture>;
