package test;

import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.ModelCodec;
import javax.annotation.processing.Generated;

/**
 * The CV written in {@link FullCv}.
 */
@Generated(
    value = "io.github.cvdsl.processor.CvProcessor",
    comments = "from test.FullCv"
)
public final class FullCvModel {
  private static final Cv CV = ModelCodec.decode(
      "cvdsl-model-2;4:Kura+8:Engineer+16:kura@example.org+16:+44 117 496 0000+15:https://kura.gg+--+7:Bristol-+2:GB2,5,p20:Engineer who builds s1,p4:CDNsp5: and e1,p7:mentorsp1:.5,p22:Second paragraph with c4:codep5: and l1,p6:a link21:https://kura.gg/aboutp1:.2,6:GitHub+4:kura23:https://github.com/kura7:Website-15:https://kura.gg3,10:Experience0,0,2,J3:BBC8:Engineerom2019,8,=+6:London+21:https://www.bbc.co.uk+11:Broadcaster1,1,p50:Building and maintaining the BIDI CDN for iPlayer.2,+1,p43:Engineering leadership aspects within role;2,1,p53:Took on many operational responsibilities, including:2,1,p44:Became someone others ask about BIDI & Radix2,p16:Trained to be a s1,p11:First Aider1,p33:Mentoring members of my own team.0,+1,p52:Some features I designed and/or implemented include;2,2,s1,p20:Feedback loop systemp25: \u2013 Built version 1 and 2.0,4,s1,p13:Cache tieringp19: \u2013 an extension of e1,p8:shardingp1:.0,J13:ServiceWanted22:PHP & Python Developersy2004,~---0,1,-2,1,p32:Developing PHP web applications.0,1,p43:General Dev Ops scripts/tasks using Python.0,15:Everything else1,1,p20:All the other kinds.0,11,V9:Code Club6:Mentorry2016,=d2018,6,30,=+20:https://codeclub.org1,1,p7:Taught.0,E7:Bristol+2:CS+3:BScry2001,=y2004,=+5:First2,9:Compilers8:Networks+21:https://bristol.ac.uk1,1,p8:Studied.0,A20:Engineer of the year+m2021,12,=+3:BBC1,1,p9:For mVIP.0,C3:CKA+d2022,3,15,=+4:CNCF+15:https://cncf.io0,U11:Tuning NVMe+4:Blog+y2023,=+20:https://kura.gg/nvme1,1,p4:How.0,S5:Linux+6:Master2,13:Debian/Ubuntu11:RHEL/CentOS1,1,p11:Since 2001.0,L7:English+6:Native0,I5:Video2,8:encoding9:streaming0,R8:Jane Doe1,1,p9:Reliable.0,P3:MAP2,9:Architect13:Lead Engineer+7:Tangent+8:platformry2012,=y2014,=+19:https://map.example1,1,p21:A marketing platform.2,6:Python7:Tornado0,T7:Speaker+8:PyCon UKsm2017,9,=+20:https://pycon.org.uk1,1,p13:Async Python.0,17:Outside Interests0,1,-2,1,p23:Programming/engineering0,1,p5:Linux0,0,5:en-GB0,");

  private FullCvModel() {
  }

  /**
   * The CV, immutable; every call returns the same instance.
   */
  public static Cv cv() {
    return CV;
  }
}
