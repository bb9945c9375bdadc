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
    [InlineData("Copyright 1976 law changes took effect in 1978, the court said.")]
    [InlineData("COPYRIGHT 1987 RULING UPHELD BY COURT")]
    [InlineData("Copyright 1987 RULING UPHELD BY COURT")]
    [InlineData("Related: the company said on Tuesday it would cut 500 jobs.")]
    [InlineData("All rights reserved. The shares were sold to institutions.")]
    public void News_text_that_starts_like_it_is_kept(string line) => Assert.False(Boilerplate.IsBoilerplate(line));
}
