using LegalReview.Tracking.PostgreSql;
using Npgsql;

namespace LegalReview.Tracking.Tests.Stores;

public sealed class PostgreSqlConnectionStringTests
{
    [Test]
    public void PostgresUrl_IsConvertedToAConnectionString()
    {
        var text = PostgreSqlTrackingStore.ToConnectionString("postgresql://reviewer:p%40ss@db.example:5433/tracking");
        var builder = new NpgsqlConnectionStringBuilder(text);

        Assert.That(builder.Host, Is.EqualTo("db.example"));
        Assert.That(builder.Port, Is.EqualTo(5433));
        Assert.That(builder.Username, Is.EqualTo("reviewer"));
        Assert.That(builder.Password, Is.EqualTo("p@ss"));
        Assert.That(builder.Database, Is.EqualTo("tracking"));
    }

    [Test]
    public void KeywordConnectionString_IsKeptAsIs()
    {
        const string Text = "Host=127.0.0.1;Port=5432;Database=legalreview";

        Assert.That(PostgreSqlTrackingStore.ToConnectionString(Text), Is.EqualTo(Text));
    }
}
