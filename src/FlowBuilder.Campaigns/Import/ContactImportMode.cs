namespace FlowBuilder.Campaigns.Import;

public enum ContactImportMode
{
    /// <summary>Valid rows are imported; rejected rows are only reported.</summary>
    ValidOnly,

    /// <summary>One rejected row and nothing is imported.</summary>
    AllOrNothing,
}
