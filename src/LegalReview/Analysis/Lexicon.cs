namespace LegalReview.Analysis;

/// <summary>
/// The word groups every rule reads clauses with, spelled once. Each is a regex alternation wrapped in a non-capturing
/// group, so that it can be pasted into a <c>[GeneratedRegex]</c> pattern: <c>[GeneratedRegex(Lexicon.Must + "缴纳")]</c>.
/// </summary>
public static class Lexicon
{
    /// <summary>Words of duty: 应当、必须、须、需 (but not 无须/不需).</summary>
    public const string Must = @"(?:应当|必须|(?<![无不毋])须|(?<![无不])需要?|务必)";

    /// <summary>Words that forbid: 不得、严禁、禁止、不准、不允许、不应、不能.</summary>
    public const string Prohibit = @"(?:不得|严禁|禁止|不准|不允许|不应当?|不能|一律不|杜绝)";

    /// <summary>Words that undo or prevent a measure: 取消、清理、废止、纠正、防止、避免 …</summary>
    public const string Undo = @"(?:取消|清理|废止|纠正|防止|避免|制止|停止执行|不再(?:设置|设立|收取|征收|实施|要求)|不予|不设置|不设立|抵制|拒绝)";

    /// <summary>Words that permit: 可以、可、有权.</summary>
    public const string May = @"(?:可以|(?<![不许])可(?![能见行靠持续])|有权|允许)";

    /// <summary>Words of misconduct that open a description of what is forbidden: 违反、违法、违规、擅自、超越、滥用 …</summary>
    public const string Misconduct = @"(?:违反|违法|违规|擅自|超越|滥用|变相|强行|乱(?:收费|罚款|摊派|检查)|未按照?法定)";

    /// <summary>Words that restate an upper law: 依法、依照法律、法律法规另有规定 …</summary>
    public const string Restatement = @"(?:依法|依照法律|依照有关法律|按照有关法律|依据有关法律|根据有关法律|法律、(?:行政)?法规(?:、规章)?(?:另有)?规定|法律法规(?:另有)?规定|按(?:照)?(?:国家|有关|相关)*规定)";

    /// <summary>Words that grant a benefit: 奖励、补贴、补助、资助、扶持、贴息、优惠.</summary>
    public const string Benefit = @"(?:奖励|奖补|奖金|补贴|补助|资助|扶持|贴息|优惠|给予支持|资金支持)";

    /// <summary>Words that relieve a burden: 减半、减免、免收、免征、免予、降低、下调、退还、返还 …</summary>
    public const string Relief = @"(?:减半|减免|减征|减收|免收|免征|免缴|免交|免予|免于|免除|豁免|降低|下调|降费|退还|返还|缓缴|缓征|暂停征收|停征)";

    /// <summary>Words that make a measure something to be recorded, reported or reviewed: 录像、记录、报告、备案、审查 …</summary>
    public const string Recording = @"(?:全程录像|录音录像|录像|记录|登记在案|留存|存档|归档|报告|报送|备案|公示|公开|告知|审查|审核|核查|检查|统计|评估|监督)";

    /// <summary>A checklist question: "是否违法设立收费".</summary>
    public const string Checklist = @"(?:是否|有无|有没有)";

    /// <summary>A measure used as the base of a calculation: "按罚没金额的5%", "按收费额的一半".</summary>
    public const string CalculationBase = @"(?:金额|数额|款额|总额|额度|收入|标准)的?(?:[0-9.]+%|百分之[一二三四五六七八九十]+|[一二三四五六七八九十]+成|一半|[0-9一二三四五六七八九十]+倍)";

    /// <summary>Words of definition: 是指、系指、所称.</summary>
    public const string Definition = @"(?:是指|系指|所称|指的是|包括但不限于|本办法所称|本规定所称)";

    /// <summary>Words of procedure: 申请、受理、审批、告知、送达、听证、之日起 …</summary>
    public const string Procedure = @"(?:申请|受理|审批|审核|批准|告知|送达|听证|公示|备案|登记|办理|之日起|工作日|期限|程序)";

    /// <summary>Words that point to another text: 依照、按照、根据《》、参照、适用、执行.</summary>
    public const string Reference = @"(?:依照|按照|根据|依据|参照|适用|执行)(?:《|有关|相关|国家|上级)";

    /// <summary>Sentence ends inside a provision.</summary>
    public const string SentenceEnds = "。；！？\n";

    /// <summary>Segment ends (commas and colons too).</summary>
    public const string SegmentEnds = "，。；！？：\n";

    /// <summary>"Here": the issuer's own territory, written the ways county documents write it.</summary>
    public const string Local = @"(?:本地|本县|本市|本区|本镇|本乡|本省|本辖区|当地|我县|我市|我区|我镇|我省|县内|市内|区内|镇内|省内|辖区内|县域内|市域内|区域内)";

    /// <summary>"Elsewhere": operators, goods or vehicles from outside the territory.</summary>
    public const string Outside = @"(?:外地|外省|外市|外县|外区|外埠|非本地|非本县|非本市|非本区|非本省|非本辖区|县外|市外|省外|区外|域外)";

    /// <summary>The kinds of market players a restriction lands on.</summary>
    public const string Operator = @"(?:企业|公司|供应商|经营者|商家|厂家|厂商|服务商|运营商|承包商|投标人|单位|机构|市场主体)";

    /// <summary>The administration as a subject: 行政机关、有关部门、工作人员 …</summary>
    public const string Administration = @"(?:行政机关|部门|审批机关|登记机关|起草单位|制定机关|执法人员|乡镇|街道|工作人员|公职人员|人民政府|本局|本机关|本委|直(?:各)?(?:部门|单位))";

    /// <summary>The public as a subject: 公民、法人、企业、经营者 …</summary>
    public const string Public = @"(?:单位和个人|公民|法人|其他组织|企业|经营者|申请人|当事人|个人|群众|居民|村民|商户|从业人员)";
}
