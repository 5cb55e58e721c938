namespace FlowBuilder.Engine.ClickToCall;

/// <summary>A kind of comment an operator can leave on a request, with the fields it asks for
/// (a "sale" asks for the amount and product, a "call back later" for the date).</summary>
/// <param name="Name">Stable key: lower-case letters, digits and '-' (sale, call-back-later).</param>
public sealed record CommentType(string Name, string Label, IReadOnlyList<CommentField> Fields)
{
    /// <summary>note (text only), sale (amount required, product), call-back-later (when required), complaint (topic choice).</summary>
    public static IReadOnlyList<CommentType> Defaults { get; } =
    [
        new("note", "Note", []),
        new("sale", "Sale", [new CommentField("amount", "Amount", CommentFieldType.Number, Required: true), new CommentField("product", "Product", CommentFieldType.Text)]),
        new("call-back-later", "Call back later", [new CommentField("when", "When", CommentFieldType.DateTime, Required: true)]),
        new("complaint", "Complaint", [new CommentField("topic", "Topic", CommentFieldType.Choice, Required: true, Options: ["billing", "service", "other"])]),
    ];
}

/// <summary>One field of a <see cref="CommentType"/>. <see cref="Options"/> lists the choices of a Choice field.</summary>
public sealed record CommentField(string Name, string Label, CommentFieldType Type, bool Required = false, IReadOnlyList<string>? Options = null);

public enum CommentFieldType
{
    Text,
    Number,
    Date,
    DateTime,
    Boolean,
    Choice,
}
