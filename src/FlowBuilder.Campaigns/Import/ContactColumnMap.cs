using FlowBuilder.Engine.Campaigns.Contacts;

namespace FlowBuilder.Campaigns.Import;

/// <summary>Which CSV column feeds each part of a contact (-1: none). Built from an explicit header-to-target mapping, and for the
/// headers it leaves out, from the header names: case, spaces, '_' and '-' aside, with common aliases
/// (phone/telephone/mobile/number, first name/name, patronymic/middle name, time zone/tz) and the group's field names and labels.</summary>
public sealed class ContactColumnMap
{
    public const string Phone = "phone";
    public const string Name = "name";
    public const string Patronymic = "patronymic";
    public const string TimeZone = "timeZone";
    public const string Ignore = "ignore";
    public const string FieldPrefix = "field:";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["phone"] = Phone, ["phonenumber"] = Phone, ["telephone"] = Phone, ["tel"] = Phone, ["mobile"] = Phone, ["mobilephone"] = Phone,
        ["cell"] = Phone, ["cellphone"] = Phone, ["number"] = Phone, ["msisdn"] = Phone,
        ["name"] = Name, ["firstname"] = Name, ["fullname"] = Name, ["givenname"] = Name,
        ["patronymic"] = Patronymic, ["middlename"] = Patronymic, ["secondname"] = Patronymic,
        ["timezone"] = TimeZone, ["tz"] = TimeZone, ["zone"] = TimeZone,
    };

    private ContactColumnMap(int fieldCount)
    {
        FieldColumns = Enumerable.Repeat(-1, fieldCount).ToArray();
    }

    public int PhoneColumn { get; private set; } = -1;
    public int NameColumn { get; private set; } = -1;
    public int PatronymicColumn { get; private set; } = -1;
    public int TimeZoneColumn { get; private set; } = -1;

    /// <summary>The column of each of the group's fields, in <see cref="SubscriberGroup.Fields"/> order.</summary>
    public int[] FieldColumns { get; }

    /// <summary>The target of every header (for previews and reports).</summary>
    public IReadOnlyDictionary<string, string> Targets { get; private set; } = new Dictionary<string, string>();

    /// <exception cref="ContactImportException">The mapping names a header or field that does not exist, two columns feed one
    /// target, no column is the phone, or a required field has no column.</exception>
    public static ContactColumnMap Resolve(IReadOnlyList<string> headers, SubscriberGroup group, IReadOnlyDictionary<string, string>? mapping)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(group);
        var targets = new string[headers.Count];
        var explicitTargets = new bool[headers.Count];
        foreach (var (header, target) in mapping ?? new Dictionary<string, string>())
        {
            var column = FindHeader(headers, header);
            if (column < 0)
                throw new ContactImportException($"The mapping names the column '{header}', which the file does not have. Its columns are: {string.Join(", ", headers)}.");
            targets[column] = CheckTarget(target, group, header);
            explicitTargets[column] = true;
        }
        for (var column = 0; column < headers.Count; column++)
        {
            if (!explicitTargets[column]) targets[column] = Suggest(headers[column], group);
        }

        var map = new ContactColumnMap(group.Fields.Count);
        var named = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var column = 0; column < headers.Count; column++)
        {
            var target = targets[column];
            named[headers[column]] = target;
            if (target == Ignore) continue;
            if (map.ColumnOf(target, group) is { } taken && taken >= 0)
            {
                // A guessed target already taken is simply not used again; an explicit one is a mistake to point out.
                if (!explicitTargets[column]) { named[headers[column]] = Ignore; continue; }
                throw new ContactImportException($"The columns '{headers[taken]}' and '{headers[column]}' are both mapped to {target}. Map one of them to \"ignore\".");
            }
            map.Assign(target, column, group);
        }
        map.Targets = named;
        if (map.PhoneColumn < 0)
            throw new ContactImportException($"No column is the phone number. The file's columns are: {string.Join(", ", headers)}. Name one 'phone' or map it: {{\"<column>\": \"phone\"}}.");
        for (var i = 0; i < group.Fields.Count; i++)
        {
            if (group.Fields[i].Required && map.FieldColumns[i] < 0)
                throw new ContactImportException($"The group's field '{group.Fields[i].Name}' is required but no column feeds it. Add a column named '{group.Fields[i].Name}' or map one: {{\"<column>\": \"field:{group.Fields[i].Name}\"}}.");
        }
        return map;
    }

    /// <summary>The target a header maps to by its name, or <see cref="Ignore"/>.</summary>
    public static string Suggest(string header, SubscriberGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var key = Key(header);
        foreach (var field in group.Fields)
        {
            if (Key(field.Name) == key || (field.Label is not null && Key(field.Label) == key)) return FieldPrefix + field.Name;
        }
        return Aliases.GetValueOrDefault(key, Ignore);
    }

    private static string CheckTarget(string target, SubscriberGroup group, string header)
    {
        if (target is Phone or Name or Patronymic or TimeZone or Ignore) return target;
        if (target.StartsWith(FieldPrefix, StringComparison.Ordinal))
        {
            var name = target[FieldPrefix.Length..];
            if (group.Fields.Any(f => f.Name == name)) return target;
            throw new ContactImportException($"The mapping sends '{header}' to the field '{name}', which the group does not have. Its fields are: {string.Join(", ", group.Fields.Select(f => f.Name))}.");
        }
        throw new ContactImportException($"The mapping sends '{header}' to '{target}'. Use phone, name, patronymic, timeZone, field:<name> or ignore.");
    }

    private static int FindHeader(IReadOnlyList<string> headers, string header)
    {
        for (var i = 0; i < headers.Count; i++) if (headers[i] == header) return i;
        var key = Key(header);
        for (var i = 0; i < headers.Count; i++) if (Key(headers[i]) == key) return i;
        return -1;
    }

    private static string Key(string text) =>
        new(text.Where(c => c is not (' ' or '_' or '-' or '.')).Select(char.ToLowerInvariant).ToArray());

    private int? ColumnOf(string target, SubscriberGroup group) => target switch
    {
        Phone => PhoneColumn,
        Name => NameColumn,
        Patronymic => PatronymicColumn,
        TimeZone => TimeZoneColumn,
        _ => FieldColumns[FieldIndex(target, group)],
    };

    private void Assign(string target, int column, SubscriberGroup group)
    {
        switch (target)
        {
            case Phone: PhoneColumn = column; break;
            case Name: NameColumn = column; break;
            case Patronymic: PatronymicColumn = column; break;
            case TimeZone: TimeZoneColumn = column; break;
            default: FieldColumns[FieldIndex(target, group)] = column; break;
        }
    }

    private static int FieldIndex(string target, SubscriberGroup group)
    {
        var name = target[FieldPrefix.Length..];
        for (var i = 0; i < group.Fields.Count; i++) if (group.Fields[i].Name == name) return i;
        throw new InvalidOperationException($"No field {name}.");
    }
}
