using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Portal.Data;

internal static class MaxLengthConstraints
{
    /// <summary>
    /// SQLite ignores declared column lengths, so every string length the model declares
    /// also becomes a CHECK constraint that the database enforces.
    /// </summary>
    public static void EnforceMaxLengthsInDatabase(this ModelBuilder modelBuilder)
    {
        foreach (var entity in modelBuilder.Model.GetEntityTypes())
        {
            var table = entity.GetTableName();
            if (table is null)
            {
                continue;
            }
            // A complex property's fields are columns of the entity's table too (the revision's text).
            foreach (var property in entity.GetProperties().Concat(entity.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())))
            {
                if (property.ClrType != typeof(string) || property.GetMaxLength() is not { } max)
                {
                    continue;
                }
                var column = property.GetColumnName(StoreObjectIdentifier.Table(table, entity.GetSchema()));
                entity.AddCheckConstraint($"CK_{table}_{column}_Length", $"length(\"{column}\") <= {max}");
            }
        }
    }
}
