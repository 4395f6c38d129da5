using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Portal.Data;

namespace Portal.Migrations.PostgreSql;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without starting the web host or reaching a server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PortalDbContext>()
            .UseNpgsql("Host=localhost;Database=portal_design_time", npgsql => npgsql.MigrationsAssembly(typeof(DesignTimeFactory).Assembly.GetName().Name))
            .Options);
}
