namespace Portal.Web.Imports;

/// <summary>
/// Common given names that copy uses for men and for women, from many languages. A first name on this list
/// makes a run of capitals a person's name and, when the text itself says nothing, hints at the pronoun that
/// refers to them. Names used for both are on neither list.
/// </summary>
internal static class GivenNames
{
    public static readonly HashSet<string> Male = Lexicon.Words("""
        aaron abdul abdullah abraham adam adrian ahmed ahmad ali alan albert alberto alejandro alex alexander
        alexei alfred ali amir andre andreas andrew andrei andrzej angelo anthony antonio arnold arthur ashraf
        barack ben benjamin bernard bernie bill billy bob boris brad bradley brandon brendan brett brian bruce
        bryan carl carlos charles chris christian christopher colin craig dale damian daniel danny dario darren
        dave david dean dennis derek diego dmitry dominic don donald doug douglas duncan dustin dwight eddie
        edgar eduardo edward elon emmanuel enrique eric erik ernest eugene evan fabio felipe fernando francis
        francisco frank fred frederick gabriel gary gavin george gerald gerard giorgio giuseppe glenn gordon
        graham greg gregory guillermo gustavo hans harold harry hassan hector henry howard hugh hugo ian ibrahim
        igor isaac ivan jack jacob jake james jamie jason javier jay jean-claude jeff jeffrey jeremy jerome
        jerry jesse jim jimmy joe joel johann john johnny jon jonathan jorge jose josé joseph josh joshua juan
        julian justin kamal karl keith ken kenneth kevin khalid kirk kurt larry lars leo leon
        leonard liam lloyd louis lucas luis luke malcolm marc marco marcus mario mark martin mason matt
        matthew max michael michel miguel mike mikhail mohammad mohammed muhammad narendra nathan neil nicholas
        nick nicolas nigel noah norman olaf oliver omar oscar owen pablo patrick paul pedro peter philip
        phillip pierre piers rafael ralph ramon randy raul ray raymond recep reza ricardo richard rick robert
        roberto rodrigo roger roman ron ronald ross roy rudy russell ryan salman sam samuel scott sean sergei
        sergey seth shane simon stanley stefan stephen steve steven stuart ted terry thomas tim timothy todd
        tom tommy tony travis tristan ulrich usman victor vincent viktor vladimir volodymyr walter warren wayne
        william willie xavier xi yasser yousef yusuf zach zachary jair javier nayib mateusz santiago emmanuel
        olaf mohamed ahmet lukasz łukasz jarosław jaroslaw tomasz piotr paweł pawel krzysztof wojciech joachim
        rishi keir jd kash chadwick abiy cyril uhuru yoweri jacob rupert kwame kofi nelson desmond hakeem
        hank chuck clyde floyd herbert herman homer lester leroy marvin melvin milton morris otis percy roland
        rufus vernon wallace wilbur wendell alvin arnie barry benny bert boyd brent brady bryce caleb calvin
        cecil chad chester clarence clifford cody conor connor curtis damon darryl darnell dominick donovan dylan
        elijah elliott emmett ethan everett felix forrest garrett gene geoffrey gilbert harvey irving jaime jared
        jeremiah joey jonah julio kyle landon levi lionel lonnie lowell luther maurice micah mitchell myron
        nathaniel neal ned noel norris perry phil quentin randall reggie reginald rodney ronnie ruben rudolph
        sammy saul sheldon sylvester terrence theodore tobias trent troy tyrone vance wesley zane gerry lenny
        marty mitch nate pete robbie stan walt
        """);

    public static readonly HashSet<string> Female = Lexicon.Words("""
        abigail ada adriana agnes aisha alice alicia alison amanda amber amy ana anastasia andrea angela
        angelina anita ann anna anne annie antonia april ariana barbara beatriz beatrice becky betty beverly
        brenda brittany camila carla carmen carol caroline carolyn catherine cecilia charlotte cheryl chloe
        christina christine cindy claire clara claudia cristina cynthia daisy dana danielle deborah debra
        denise diana diane dolores donna dorothy doris eleanor elena elisabeth elizabeth ella ellen emily emma
        erica erin esther eva evelyn fatima fiona florence frances francesca gabriela gail gina giorgia gloria
        grace hannah harriet heather heidi helen helena hillary holly irene isabel isabella jacinda jane janet
        janice jasmine jean jennifer jessica jill joan joanna jocelyn josephine joy joyce judith judy julia
        julie justine karen kari katarzyna kate katherine kathleen kathryn katie katya kay kelly kimberly
        kirsten kristen kristi kristin laura lauren leah linda lisa liz lori louise lucy lydia lynn madeleine
        magdalena maggie margaret maria mariana marie marina marine marta martha mary maya megan melania
        melanie melissa mia michelle monica nadia nancy naomi natalia natalie nicola nicole nina nora olivia
        pamela patricia paula pauline penny priya rachel rebecca regina rita rosa rose ruth sabrina sally
        samantha sandra sara sarah sharon sheila shirley silvia sofia sophia sophie stephanie susan suzanne
        tamara tanya tatiana teresa theresa tina tracy ursula valerie vanessa veronica victoria virginia
        vivian wanda wendy yolanda yvonne zoe hatice kamala tulsi pam kristi ngozi ursula theresa angela
        nikki kirstjen condoleezza madeleine jill melinda oprah serena venus simone megan naomi malala greta
        abby adele alma alyssa amelia anya audrey ava bella bernadette bonnie brianna bridget britney caitlin
        candace carly carrie cassandra cathy celeste charlene chelsea colleen connie courtney daphne darlene
        deanna delia della edith edna elaine eliza elsie erika estelle ethel eunice faye felicia gayle geraldine
        gertrude gwen hailey haley hilda ida imogen ingrid jacqueline jeanette jeanne jenna jenny jodi josie
        juanita kara karin katrina kayla kendra kristina lana laurie leila lena leona lillian lola loretta
        lorraine lucille luisa mabel mae mandy marcia margo marian marilyn marjorie marla marlene maureen mavis
        meredith mildred millie miranda molly muriel myrtle nadine nell nellie noreen norma olga opal paige
        patsy peggy phyllis polly priscilla rachael ramona renee rhonda roberta rosalind rosemary roxanne sadie
        selena shauna shelby sherry sonia stacy stella sue susie sybil sylvia tammy tara tess tessa thelma
        tiffany trisha trudy vicki viola wilma winifred yvette
        """);
}
