using Search.Core.Articles;

namespace Search.Core.Tests.Articles;

public class BoilerplateTests
{
    [Theory]
    [InlineData("Advertisement")]
    [InlineData("advertisement")]
    [InlineData("Advertisement - Scroll to continue")]
    [InlineData("READ MORE:")]
    [InlineData("Read More")]
    [InlineData("Read more: Tesla recalls 2 million cars over Autopilot")]
    [InlineData("Related Articles")]
    [InlineData("Related Coverage")]
    [InlineData("Share")]
    [InlineData("Share on Facebook")]
    [InlineData("Share on Twitter")]
    [InlineData("Email")]
    [InlineData("Newsletter sign-up")]
    [InlineData("Copyright 2026 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.")]
    [InlineData("© 2026 Reuters")]
    [InlineData("Copyright 2026 Reuters")]
    [InlineData("(c) 2026 Reuters")]
    [InlineData("Copyright (c) 2026 Reuters Limited. All rights reserved.")]
    [InlineData("Copyright © 2026 BBC. All rights reserved.")]
    [InlineData("Related: Tesla recalls 2 million cars")]
    [InlineData("All rights reserved.")]
    [InlineData("Our Standards: The Thomson Reuters Trust Principles.")]
    [InlineData("This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.")]
    [InlineData("We use cookies to improve your experience on our site. By using our site you agree to our use of cookies.")]
    [InlineData("Click here to subscribe")]
    [InlineData("Manage preferences")]
    [InlineData("Sign in")]
    [InlineData("SUBSCRIBE")]
    [InlineData("Copy link")]
    [InlineData("Most Read")]
    [InlineData("Ad Feedback")]
    [InlineData("Key events")]
    [InlineData("Reuse this content")]
    [InlineData("5 min read")]
    [InlineData("Exclusive news, data and analytics for financial market professionals")]
    [InlineData("Get a look at the day ahead in U.S. and global markets with the Morning Bid U.S. newsletter. Sign up here.")]
    [InlineData("By signing up, you agree to our Terms of Use and Privacy Policy.")]
    [InlineData("Follow AP's coverage of the elections at https://apnews.com/hub/elections.")]
    [InlineData("Contact the reporter at jdoe@example.com or 555-0100.")]
    [InlineData("Get the latest market news delivered to your inbox every morning.")]
    [InlineData("Updated 7:42 PM EDT, Wed May 8, 2024")]
    [InlineData("Published On 14 Jul 2024")]
    [InlineData("Last updated: 3.05pm GMT")]
    [InlineData("2 hours ago")]
    [InlineData("June 4, 2025 8:41 AM GMT+9 Updated 2 hours ago")]
    public void Page_furniture_is_boilerplate(string line) => Assert.True(Boilerplate.IsBoilerplate(line));

    [Theory]
    [InlineData("Share prices fell 3 pct on Monday.")]
    [InlineData("Share adjusted for three-for-two stock split.")]
    [InlineData("Related companies also reported losses.")]
    [InlineData("Email traffic rose sharply, the company said.")]
    [InlineData("Read more about the plan in the filing, he said.")]
    [InlineData("Copyright law was changed in 1987.")]
    [InlineData("(c) 1986 net includes 2.1 mln dlr tax credit.")]
    [InlineData("(C) 1987 first quarter.")]
    [InlineData("(c) 2024 Annual Report")]
    [InlineData("(C) 1999 Toyota Camry")]
    [InlineData("(c) 1986 Net includes gain from sale of Texaco Inc.")]
    [InlineData("This site is protected by reCAPTCHA rules, a court in Dublin heard on Tuesday, as Google defended its consent pages.")]
    [InlineData("We use cookies to track every visitor, Meta told the EU regulator in a filing seen by Reuters.")]
    [InlineData("We use cookies, the bakery chain said in its annual report, and sales rose 4 pct.")]
    [InlineData("Click here to vote was the message on 2 mln fake texts, police said.")]
    [InlineData("Accept cookies or pay: EU tells Meta")]
    [InlineData("Subscribe now, pay later: streaming firms rethink")]
    [InlineData("Copyright 1976 law changes took effect in 1978, the court said.")]
    [InlineData("COPYRIGHT 1987 RULING UPHELD BY COURT")]
    [InlineData("Copyright 1987 RULING UPHELD BY COURT")]
    [InlineData("Related: the company said on Tuesday it would cut 500 jobs.")]
    [InlineData("All rights reserved. The shares were sold to institutions.")]
    [InlineData("By signing up 2 mln customers, the bank became the largest in Ohio.")]
    [InlineData("Follow-up talks are set for May.")]
    [InlineData("Get ready for higher rates, the Fed chairman told lawmakers.")]
    [InlineData("Contact between the two sides resumed on Tuesday.")]
    [InlineData("Published figures for 1986 showed a rise.")]
    [InlineData("Updated guidance on May 8 lifted the shares.")]
    [InlineData("Posted at 10.5 pct")]
    [InlineData("March 3, 1987")]
    [InlineData("June 4, 2025 8:41 AM the index rose 2 pct")]
    public void News_text_that_starts_like_it_is_kept(string line) => Assert.False(Boilerplate.IsBoilerplate(line));

    [Fact]
    public void Link_text_is_taken_out_of_the_line()
    {
        Assert.Equal("Our Standards: The Thomson Reuters Trust Principles.", Boilerplate.WithoutLinkText("Our Standards: The Thomson Reuters Trust Principles., opens new tab"));
        Assert.Equal("He told Reuters on Monday.", Boilerplate.WithoutLinkText("He told Reuters, opens new tab on Monday."));
        Assert.Equal("A trader works in Tokyo, Japan, June 3, 2025. REUTERS/Kim Kyung-Hoon/File Photo",
            Boilerplate.WithoutLinkText("A trader works in Tokyo, Japan, June 3, 2025. REUTERS/Kim Kyung-Hoon/File Photo Purchase Licensing Rights, opens new tab"));
        Assert.Equal("Purchase Licensing Rights", Boilerplate.WithoutLinkText("Purchase Licensing Rights"));
    }
}
