using System.Text.RegularExpressions;
using LegalReview.Analysis;
using LegalReview.Documents;
using LegalReview.Review;

namespace LegalReview.Rules.ContentLegality;

/// <summary>
/// LR2003: a normative document may not add conditions, application materials or certificates (证明) to a permit or a
/// public service beyond what the upper law requires, nor make one procedure the precondition of another.
/// </summary>
[ReviewRule("LR2003", RuleCategory.License, FindingSeverity.Error, "增设许可条件、申请材料或证明事项",
    Description = "规范性文件对实施上位法设定的行政许可作出具体规定，不得增设违反上位法的其他条件；没有法律、法规、规章依据，不得增设办事条件、环节和申请材料。证明事项应当有法律、法规或者国务院决定依据，不得要求申请人提交循环证明、重复证明、无谓证明，也不得以其他部门的审查、检查结论作为办理许可的前置条件。",
    Suggestion = "删除增设的条件、材料和证明，申请材料以上位法和公布的办事指南为限；确需核实的事项，通过部门间信息共享、告知承诺等方式解决。",
    OffendingExample = "申请人还应当提交户籍所在地村（居）民委员会出具的无违法犯罪记录证明。",
    CompliantExample = "申请人应当提交法律、法规规定的申请材料；对可以通过信息共享获取的材料，不再要求申请人提供。")]
[LegalBasis("《中华人民共和国行政许可法》第十六条")]
[LegalBasis("《中华人民共和国行政许可法》第三十一条")]
[LegalBasis("《优化营商环境条例》第三十五条")]
[LegalBasis("《优化营商环境条例》第四十四条")]
[LegalBasis("国办发〔2018〕37号", Verified = false)]
internal sealed partial class LR2003ExtraConditions : ProvisionRule
{
    /// <inheritdoc />
    public override void Analyze(Provision provision, ReviewContext context)
    {
        var clauses = context.Clauses(provision);
        var text = clauses.Text;
        Check(provision, context, text, ExtraMaterials(), "在上位法规定之外要求申请人另行提交材料");
        Check(provision, context, text, Certificate(), "要求申请人提供证明，而证明事项须有法律、法规或者国务院决定依据，不得要求无谓证明");
        Check(provision, context, text, LocalExperience(), "以本地经营、从业经历作为申请条件，增设了上位法没有规定的条件");
        Check(provision, context, text, PriorProcedure(), "将其他审查、检查或证明作为办理许可、登记的前置条件，增设了办事环节");
    }

    private static void Check(Provision provision, ReviewContext context, string text, Regex pattern, string why)
    {
        for (var m = pattern.Match(text); m.Success; m = m.NextMatch())
        {

            var quote = provision.Text.Substring(m.Index, m.Length);
            context.ReportCreated(provision, m, $"“{quote}”{why}。", null);
        }
    }

    [GeneratedRegex(@"申请人?(?:还|另|另外|同时|此外|并)(?:应当|应|须|需|必须|需要)(?:提交|提供|出具|递交)")]
    private static partial Regex ExtraMaterials();

    [GeneratedRegex(@"(?:提交|提供|出具|开具|递交)[^，。；\n]{0,16}?(?:(?:村|居|村（居）|社区)(?:民)?委员会|村委会|居委会|村（居）委会|社区|派出所|原单位|工作单位|所在单位)[^，。；\n]{0,12}?证明|(?:提交|提供|出具|开具)[^，。；\n]{0,10}?无(?:违法)?犯罪记录证明")]
    private static partial Regex Certificate();

    [GeneratedRegex(@"(?:须|需|必须|应当|应)具(?:有|备)(?:在)?(?:本[县市区省镇乡]|当地|本地)[^，。；\n]{0,10}?(?:经营|从业|工作|执业|服务)(?:经历|经验|业绩)")]
    private static partial Regex LocalExperience();

    [GeneratedRegex(@"(?:作为|列为|视为)[^，。；\n]{0,6}?(?:办理|申请|核发|审批|发放|受理)[^，。；\n]{0,20}?的?(?:前置条件|前置要件|前置程序|必备条件|前提条件)|(?:须|需|必须|应当|应)(?:先)?(?:经|取得|通过|出具)[^，。；\n]{0,20}?(?:检查合格|验收合格|评估合格|审查合格|鉴定合格|检测合格|证明|意见)(?:后|的)?[，]?方(?:可|能|予)(?:办理|申请|申领|受理|核发|审批|发放)")]
    private static partial Regex PriorProcedure();
}
