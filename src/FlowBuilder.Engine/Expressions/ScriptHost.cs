using Jint.Native;
using Jint.Runtime;

namespace FlowBuilder.Engine.Expressions;

/// <summary>
/// One Jint engine per thread and set of limits, reused for every evaluation: scripts are parsed
/// once at publish time, and only the scope objects are re-pointed at the current instance before
/// each run. An instance runs on one thread at a time and evaluation is synchronous, so a host is
/// never used by two evaluations at once. CLR access is off; strict mode stops implicit globals.
/// </summary>
internal sealed class ScriptHost
{
    [ThreadStatic] private static Dictionary<ScriptLimits, ScriptHost>? _hosts;

    private readonly Jint.Engine _engine;
    private readonly ScriptLimits _limits;
    private readonly DictionaryObject _variables;
    private readonly DictionaryObject _input;
    private readonly DictionaryObject _outputs;
    private readonly DictionaryObject _triggerObject;
    private readonly JsValue _triggerValue;
    private object? _trigger;
    private bool _triggerSet;

    private ScriptHost(ScriptLimits limits)
    {
        _limits = limits;
        _engine = new Jint.Engine(options => options
            .Strict()
            .MaxStatements(limits.MaxStatements)
            .TimeoutInterval(limits.EffectiveTimeout)
            .LimitRecursion(limits.MaxRecursion));
        _variables = new DictionaryObject(_engine, [], readOnly: false) { Name = "vars" };
        _input = new DictionaryObject(_engine, [], readOnly: true) { Name = "input" };
        _outputs = new DictionaryObject(_engine, [], readOnly: true) { Name = "outputs" };
        _triggerObject = new DictionaryObject(_engine, [], readOnly: true) { Name = "trigger" };
        _triggerValue = new JsValue(_triggerObject);
        _engine.SetValue("vars", new JsValue(_variables));
        _engine.SetValue("variables", new JsValue(_variables));
        _engine.SetValue("input", new JsValue(_input));
        _engine.SetValue("outputs", new JsValue(_outputs));
        _engine.SetValue("trigger", JsValue.Null);
    }

    public static ScriptHost For(ScriptLimits limits)
    {
        _hosts ??= [];
        if (!_hosts.TryGetValue(limits, out var host))
        {
            host = new ScriptHost(limits);
            _hosts[limits] = host;
        }
        return host;
    }

    // Jint leaves Message empty for its own TypeErrors and for thrown non-errors; the thrown value says more.
    private static string Describe(JavaScriptException error)
    {
        var thrown = error.Error?.ToString() ?? error.Message;
        if (thrown == "TypeError") return "TypeError: read a property of undefined or null (check that the value exists first)";
        return string.IsNullOrEmpty(thrown) ? "unknown error" : thrown;
    }

    // The trigger payload is usually an object: the one read-only wrapper is re-pointed at it, and the
    // global is only replaced when the payload changes kind, so most evaluations set nothing.
    private void SetTrigger(object? trigger)
    {
        if (_triggerSet && ReferenceEquals(_trigger, trigger)) return;
        if (trigger is Dictionary<string, object?> payload)
        {
            var wasObject = _triggerSet && _trigger is Dictionary<string, object?>;
            _triggerObject.Target = payload;
            if (!wasObject) _engine.SetValue("trigger", _triggerValue);
        }
        else
        {
            _engine.SetValue("trigger", JsConvert.ToJs(_engine, trigger));
        }
        _trigger = trigger;
        _triggerSet = true;
    }

    public object? Run(ParsedScript script, ExpressionScope scope)
    {
        _variables.Target = scope.Variables;
        _input.Target = scope.Input;
        _outputs.Target = scope.Outputs;
        SetTrigger(scope.Trigger);
        _engine.ResetStatementsCount();
        _engine.ResetTimeoutTicks();
        _engine.ResetCallStack();
        try
        {
            var result = _engine.Execute(script.Program).GetCompletionValue();
            return JsConvert.FromJs(result);
        }
        catch (JavaScriptException error)
        {
            throw new ExpressionException($"JavaScript error at line {script.MapLine(error.LineNumber)}, column {error.Column + 1}: {Describe(error)}", error);
        }
        catch (TimeoutException error)
        {
            throw new ExpressionException($"Script ran longer than its limit of {_limits.EffectiveTimeout.TotalMilliseconds:0} ms and was stopped.", error);
        }
        catch (StatementsCountOverflowException error)
        {
            throw new ExpressionException($"Script executed more than {_limits.MaxStatements:N0} statements and was stopped (an endless loop?).", error);
        }
        catch (RecursionDepthOverflowException error)
        {
            throw new ExpressionException($"Script nested calls deeper than {_limits.MaxRecursion} and was stopped (endless recursion?).", error);
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException or NullReferenceException or InvalidCastException or IndexOutOfRangeException)
        {
            throw new ExpressionException($"Script failed: {error.Message}", error);
        }
        finally
        {
            foreach (var name in script.DeclaredGlobals) _engine.Global.RemoveOwnProperty(name);
        }
    }
}
