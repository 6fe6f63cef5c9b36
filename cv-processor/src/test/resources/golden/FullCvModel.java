package test;

import io.github.cvdsl.model.Award;
import io.github.cvdsl.model.Certificate;
import io.github.cvdsl.model.Cv;
import io.github.cvdsl.model.Education;
import io.github.cvdsl.model.Entry;
import io.github.cvdsl.model.Interest;
import io.github.cvdsl.model.Item;
import io.github.cvdsl.model.Job;
import io.github.cvdsl.model.Language;
import io.github.cvdsl.model.Project;
import io.github.cvdsl.model.Publication;
import io.github.cvdsl.model.Reference;
import io.github.cvdsl.model.Section;
import io.github.cvdsl.model.Skill;
import io.github.cvdsl.model.Volunteer;
import io.github.cvdsl.model.internal.ModelAccess;
import javax.annotation.processing.Generated;

/**
 * The CV written in {@link FullCv}: Kura, Engineer.
 *
 * <ul>
 *   <li>{@link #experience()}: Experience
 *     <ul>
 *       <li>{@code bbc()}: BBC &mdash; Engineer, Aug 2019 &ndash;
 *       <li>{@code serviceWanted()}: ServiceWanted &mdash; PHP &amp; Python Developer, circa 2004
 *     </ul>
 *   <li>{@link #others()}: Everything else
 *     <ul>
 *       <li>{@code codeClub()}: Code Club &mdash; Mentor, 2016 &ndash; 30 Jun 2018
 *       <li>{@code bristol()}: Bristol &mdash; BSc, CS, 2001 &ndash; 2004
 *       <li>{@code award2021()}: Engineer of the year &mdash; BBC, Dec 2021
 *       <li>{@code cka()}: CKA &mdash; CNCF, 15 Mar 2022
 *       <li>{@code nvme()}: Tuning NVMe &mdash; Blog, 2023
 *       <li>{@code linux()}: Linux &mdash; Master
 *       <li>{@code english()}: English &mdash; Native
 *       <li>{@code video()}: Video
 *       <li>{@code jane()}: Jane Doe
 *       <li>{@code map()}: MAP &mdash; Architect, Lead Engineer, 2012 &ndash; 2014
 *       <li>{@code pyCon()}: Speaker &mdash; PyCon UK, Sep 2017
 *     </ul>
 *   <li>{@link #interests()}: Outside Interests
 * </ul>
 */
@Generated(
    value = "io.github.cvdsl.processor.CvProcessor",
    comments = "from test.FullCv"
)
public final class FullCvModel {
  private static final Cv CV = ModelAccess.decode(
      "cvdsl-model-b935e40d;4:Kura+8:Engineer+16:kura@example.org+16:+44 117 496 0000+15:https://kura.gg+--+7:Bristol-+2:GB2,5,0,20:Engineer who builds 1,1,0,4:CDNs0,5: and 2,1,0,7:mentors0,1:.5,0,22:Second paragraph with 3,4:code0,5: and 4,1,0,6:a link21:https://kura.gg/about0,1:.2,6:GitHub+4:kura23:https://github.com/kura7:Website-15:https://kura.gg3,10:Experience0,0,2,0,3:BBC8:Engineer3,1,2019,8,f+6:London+21:https://www.bbc.co.uk+11:Broadcaster1,1,0,50:Building and maintaining the BIDI CDN for iPlayer.2,+1,0,43:Engineering leadership aspects within role;2,1,0,53:Took on many operational responsibilities, including:2,1,0,44:Became someone others ask about BIDI & Radix2,0,16:Trained to be a 1,1,0,11:First Aider1,0,33:Mentoring members of my own team.0,+1,0,52:Some features I designed and/or implemented include;2,2,1,1,0,20:Feedback loop system0,25: \u2013 Built version 1 and 2.0,4,1,1,0,13:Cache tiering0,19: \u2013 an extension of 2,1,0,8:sharding0,1:.0,0,13:ServiceWanted22:PHP & Python Developer1,0,2004,t---0,1,-2,1,0,32:Developing PHP web applications.0,1,0,43:General Dev Ops scripts/tasks using Python.0,15:Everything else1,1,0,20:All the other kinds.0,11,1,9:Code Club6:Mentor2,0,2016,f2,2018,6,30,f+20:https://codeclub.org1,1,0,7:Taught.0,2,7:Bristol+2:CS+3:BSc2,0,2001,f0,2004,f+5:First2,9:Compilers8:Networks+21:https://bristol.ac.uk1,1,0,8:Studied.0,3,20:Engineer of the year+1,2021,12,f+3:BBC1,1,0,9:For mVIP.0,4,3:CKA+2,2022,3,15,f+4:CNCF+15:https://cncf.io0,5,11:Tuning NVMe+4:Blog+0,2023,f+20:https://kura.gg/nvme1,1,0,4:How.0,6,5:Linux+6:Master2,13:Debian/Ubuntu11:RHEL/CentOS1,1,0,11:Since 2001.0,7,7:English+6:Native0,8,5:Video2,8:encoding9:streaming0,9,8:Jane Doe1,1,0,9:Reliable.0,10,3:MAP2,9:Architect13:Lead Engineer+7:Tangent+8:platform2,0,2012,f0,2014,f+19:https://map.example1,1,0,21:A marketing platform.2,6:Python7:Tornado0,11,7:Speaker+8:PyCon UK1,1,2017,9,f+20:https://pycon.org.uk1,1,0,13:Async Python.0,17:Outside Interests0,1,-2,1,0,23:Programming/engineering0,1,0,5:Linux0,0,5:en-GB0,");

  private static final Section[] SECTIONS = ModelAccess.sections(CV);

  private static final Entry[][] ENTRIES = ModelAccess.entries(CV);

  private FullCvModel() {
  }

  /**
   * The CV, immutable; every call returns the same instance.
   */
  public static Cv cv() {
    return CV;
  }

  /**
   * The section "Experience" (2 entries), from {@link test.FullCv.Experience}.
   */
  public static Experience experience() {
    return Experience.INSTANCE;
  }

  /**
   * The section "Everything else" (11 entries), from {@link test.FullCv.Others}.
   */
  public static Others others() {
    return Others.INSTANCE;
  }

  /**
   * The section "Outside Interests" (0 entries), from {@link test.FullCv.Interests}.
   */
  public static Interests interests() {
    return Interests.INSTANCE;
  }

  /**
   * The section "Experience" of the CV and its entries.
   */
  public static final class Experience {
    private static final Experience INSTANCE = new Experience();

    private Experience() {
    }

    /**
     * The section "Experience" itself, with every entry.
     */
    public Section section() {
      return SECTIONS[0];
    }

    /**
     * BBC &mdash; Engineer, Aug 2019 &ndash;, from {@link test.FullCv.Experience.Bbc}.
     */
    public Job bbc() {
      return (Job) ENTRIES[0][0];
    }

    /**
     * ServiceWanted &mdash; PHP &amp; Python Developer, circa 2004, from {@link test.FullCv.Experience.ServiceWanted}.
     */
    public Job serviceWanted() {
      return (Job) ENTRIES[0][1];
    }
  }

  /**
   * The section "Everything else" of the CV and its entries.
   */
  public static final class Others {
    private static final Others INSTANCE = new Others();

    private Others() {
    }

    /**
     * The section "Everything else" itself, with every entry.
     */
    public Section section() {
      return SECTIONS[1];
    }

    /**
     * Code Club &mdash; Mentor, 2016 &ndash; 30 Jun 2018, from {@link test.FullCv.Others.CodeClub}.
     */
    public Volunteer codeClub() {
      return (Volunteer) ENTRIES[1][0];
    }

    /**
     * Bristol &mdash; BSc, CS, 2001 &ndash; 2004, from {@link test.FullCv.Others.Bristol}.
     */
    public Education bristol() {
      return (Education) ENTRIES[1][1];
    }

    /**
     * Engineer of the year &mdash; BBC, Dec 2021, from {@link test.FullCv.Others.Award2021}.
     */
    public Award award2021() {
      return (Award) ENTRIES[1][2];
    }

    /**
     * CKA &mdash; CNCF, 15 Mar 2022, from {@link test.FullCv.Others.Cka}.
     */
    public Certificate cka() {
      return (Certificate) ENTRIES[1][3];
    }

    /**
     * Tuning NVMe &mdash; Blog, 2023, from {@link test.FullCv.Others.Nvme}.
     */
    public Publication nvme() {
      return (Publication) ENTRIES[1][4];
    }

    /**
     * Linux &mdash; Master, from {@link test.FullCv.Others.Linux}.
     */
    public Skill linux() {
      return (Skill) ENTRIES[1][5];
    }

    /**
     * English &mdash; Native, from {@link test.FullCv.Others.English}.
     */
    public Language english() {
      return (Language) ENTRIES[1][6];
    }

    /**
     * Video, from {@link test.FullCv.Others.Video}.
     */
    public Interest video() {
      return (Interest) ENTRIES[1][7];
    }

    /**
     * Jane Doe, from {@link test.FullCv.Others.Jane}.
     */
    public Reference jane() {
      return (Reference) ENTRIES[1][8];
    }

    /**
     * MAP &mdash; Architect, Lead Engineer, 2012 &ndash; 2014, from {@link test.FullCv.Others.Map}.
     */
    public Project map() {
      return (Project) ENTRIES[1][9];
    }

    /**
     * Speaker &mdash; PyCon UK, Sep 2017, from {@link test.FullCv.Others.PyCon}.
     */
    public Item pyCon() {
      return (Item) ENTRIES[1][10];
    }
  }

  /**
   * The section "Outside Interests" of the CV and its entries.
   */
  public static final class Interests {
    private static final Interests INSTANCE = new Interests();

    private Interests() {
    }

    /**
     * The section "Outside Interests" itself, with every entry.
     */
    public Section section() {
      return SECTIONS[2];
    }
  }
}
