using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsKit;

/// <summary>A CloudFormation template synthesized from an <see cref="EcsApp"/>, and what it could not say.</summary>
public sealed class CloudFormationTemplate
{
    /// <summary>The largest template body CloudFormation takes inline (<c>--template-body</c>), in bytes.</summary>
    public const int InlineBodyLimit = 51_200;

    /// <summary>The largest template body CloudFormation takes from S3 (<c>--template-url</c>), in bytes.</summary>
    public const int S3BodyLimit = 1_048_576;

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal CloudFormationTemplate(JsonObject template, IReadOnlyList<string> warnings)
    {
        Template = template;
        var size = System.Text.Encoding.UTF8.GetByteCount(ToJson());
        var all = warnings.ToList();
        if (size > S3BodyLimit)
        {
            all.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The template is {size:N0} bytes, over the {S3BodyLimit:N0}-byte limit of CloudFormation even from S3: CloudFormation will refuse it; split the application."));
        }
        else if (size > InlineBodyLimit)
        {
            all.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The template is {size:N0} bytes, over the {InlineBodyLimit:N0}-byte limit for an inline template body: upload it to S3 and deploy with a template URL."));
        }
        Warnings = all.AsReadOnly();
    }

    /// <summary>The template: AWSTemplateFormatVersion, Description, Parameters, Resources, Outputs.</summary>
    public JsonObject Template { get; }

    /// <summary>Members CloudFormation cannot express (each naming its definition and member) and size warnings.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The template as indented JSON.</summary>
    public string ToJson() => Template.ToJsonString(Indented);

    /// <summary>The same template as YAML (block style, every string quoted, intrinsic functions in their long form).</summary>
    public string ToYaml() => YamlText.Write(Template);
}
