using LegalReview.Tests.Support;

namespace LegalReview.Tests.Rules;

public sealed class LR2003ExtraConditionsTests
{
    [TestCase("第五条 ⟦申请人还应当提交⟧经营场所周边居民同意书。")]
    [TestCase("第六条 申请人须⟦提供户籍所在地村（居）民委员会出具的证明⟧。")]
    [TestCase("第七条 报名人员应当⟦提供无违法犯罪记录证明⟧。")]
    [TestCase("第八条 申请承接保洁服务的企业⟦须具有本县三年以上经营经历⟧。")]
    [TestCase("第九条 将环境卫生达标证明⟦作为办理户外广告设置手续的前置条件⟧。")]
    [TestCase("第十条 企业⟦须取得所在地街道办事处出具的意见后方可办理⟧入驻手续。")]
    public void AddedConditionOrCertificate_IsReported(string text)
    {
        RuleTester.AssertFindings("LR2003", text);
    }

    [TestCase("第五条 不得要求申请人提交无犯罪记录证明。")]
    [TestCase("第五条 申请人应当提交法律、法规规定的申请材料。")]
    [TestCase("第五条 对可以通过信息共享获取的证明，不再要求申请人提供。")]
    [TestCase("第五条 申请教师资格的，应当依法提供无犯罪记录证明。")]
    [TestCase("第五条 申请人对申请材料的真实性负责。")]
    [TestCase("第五条 鼓励企业提供本地就业岗位。")]
    public void LawfulOrSimilarWording_IsNotReported(string text)
    {
        RuleTester.AssertNoFindings("LR2003", text);
    }
}
