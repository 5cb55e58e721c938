using System.ComponentModel.DataAnnotations;
using FlowBuilder.Engine.Activities;

namespace FlowBuilder.Activities.Http;

public sealed record HttpHeader([property: Required] string Name, Expression<string> Value);
