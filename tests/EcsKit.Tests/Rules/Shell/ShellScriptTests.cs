using EcsKit.Rules;

namespace EcsKit.Tests.Rules;

public class ShellScriptTests
{
    /// <summary>The simple commands with the operator after each, such as <c>"a &amp;", "b"</c>.</summary>
    private static string[] Flat(string script)
    {
        var parsed = ShellScript.Parse(script);
        Assert.True(parsed.IsComplete, $"expected a complete script: {script}");
        return parsed.FlatCommands().Select(c => c.ToString()).ToArray();
    }

    private static string[] Values(string script, int command = 0)
    {
        var parsed = ShellScript.Parse(script);
        Assert.True(parsed.IsComplete, $"expected a complete script: {script}");
        return parsed.FlatCommands()[command].Command.Words.Select(w => w.Value ?? "<dynamic>").ToArray();
    }

    [Fact]
    public void Single_quotes_keep_everything_literal()
    {
        Assert.Equal(["echo", "a & b; c | d $HOME \\n", "e"], Values("echo 'a & b; c | d $HOME \\n' e"));
    }

    [Fact]
    public void Double_quotes_honour_backslash_escapes_and_keep_operators_inside()
    {
        Assert.Equal(["echo", "a & b \"q\" $x \\ \\n"], Values("echo \"a & b \\\"q\\\" \\$x \\\\ \\n\""));
        Assert.Equal(["echo \"a & b\""], Flat("echo \"a & b\""));
    }

    [Fact]
    public void Backslash_escapes_outside_quotes()
    {
        Assert.Equal(["echo", "a b", "&", ";"], Values("echo a\\ b \\& \\;"));
        Assert.Equal(["echo", "a", "b"], Values("echo a \\\n b"));
    }

    [Fact]
    public void Ansi_c_quotes_are_decoded()
    {
        Assert.Equal(["printf", "it's\n"], Values("printf $'it\\'s\\n'"));
    }

    [Fact]
    public void Comments_run_to_the_end_of_the_line_but_only_at_a_word_start()
    {
        Assert.Equal(["echo a \\n", "nginx"], Flat("echo a # & b; c\nnginx"));
        Assert.Equal(["echo", "a#b"], Values("echo a#b"));
    }

    [Fact]
    public void Url_with_ampersand_in_quotes_is_one_word()
    {
        Assert.Equal(["curl", "http://h/?a=1&b=2"], Values("curl 'http://h/?a=1&b=2'"));
        Assert.Equal(["curl", "http://h/?a=1&b=2"], Values("curl \"http://h/?a=1&b=2\""));
        Assert.Single(Flat("curl 'http://h/?a=1&b=2'"));
    }

    [Fact]
    public void Unquoted_url_with_ampersand_really_backgrounds_like_the_shell_does()
    {
        var commands = ShellScript.Parse("curl http://h/?a=1&b=2").FlatCommands();
        Assert.Equal(2, commands.Count);
        Assert.True(commands[0].Background);
        Assert.Equal("b=2", commands[1].Command.Assignments.Single().Text);
    }

    [Fact]
    public void Command_substitutions_nest_and_stay_in_one_word()
    {
        var words = ShellScript.Parse("echo $(echo $(date & wait) \"x)\" ')') y").FlatCommands().Single().Command.Words;
        Assert.Equal(3, words.Count);
        Assert.Equal("$(echo $(date & wait) \"x)\" ')')", words[1].Raw);
        Assert.True(words[1].HasExpansion);
        Assert.Null(words[1].Value);
        Assert.Equal("y", words[2].Value);
    }

    [Fact]
    public void Backticks_and_parameter_expansions_stay_in_one_word()
    {
        Assert.Single(Flat("echo `date & x` ${A:-a & b} $((1 & 2)) \"$(a | b)\""));
        var words = ShellScript.Parse("echo pre${A:-x}post").FlatCommands().Single().Command.Words;
        Assert.Equal("pre${A:-x}post", words[1].Text);
        Assert.True(words[1].HasExpansion);
    }

    [Fact]
    public void Dollar_that_starts_no_expansion_is_literal()
    {
        Assert.Equal(["echo", "a$", "$%"], Values("echo a$ $%"));
    }

    [Fact]
    public void Control_operators_split_commands()
    {
        Assert.Equal(
            ["a ;", "b &&", "c ||", "d &", "e |", "f |", "g \\n", "h"],
            Flat("a; b && c || d & e | f |& g\nh"));
    }

    [Fact]
    public void Operators_need_no_spaces()
    {
        Assert.Equal(["a &", "b &&", "c ;", "d"], Flat("a&b&&c;d"));
    }

    [Theory]
    [InlineData("app 2>&1")]
    [InlineData("app >&2")]
    [InlineData("app &> /dev/null")]
    [InlineData("app &>> log")]
    [InlineData("app > out 2> err < in")]
    [InlineData("app >> log")]
    [InlineData("app <> rw")]
    [InlineData("app >| clobber")]
    [InlineData("app 3<&0")]
    [InlineData("app {fd}> log")]
    [InlineData("app <<< \"a & b\"")]
    public void Redirections_are_not_background_operators(string script)
    {
        var commands = ShellScript.Parse(script).FlatCommands();
        var command = Assert.Single(commands);
        Assert.False(command.Background);
        Assert.Equal(["app"], command.Command.Words.Select(w => w.Text));
        Assert.NotEmpty(command.Command.Redirects);
    }

    [Fact]
    public void Redirection_then_background_operator()
    {
        var commands = ShellScript.Parse("nginx 2>&1 & php-fpm").FlatCommands();
        Assert.Equal(2, commands.Count);
        Assert.True(commands[0].Background);
        Assert.Equal("2>&1", commands[0].Command.Redirects.Single().ToString());
        Assert.False(commands[1].Background);
    }

    [Fact]
    public void Here_document_bodies_are_skipped()
    {
        var script = "cat <<EOF > /etc/app.conf\nlisten & serve; $(x\nEOF\nexec nginx";
        Assert.Equal(["cat \\n", "exec nginx"], Flat(script));
        Assert.Equal(["cat \\n", "b"], Flat("cat <<-'END'\n\ta & b\n\tEND\nb"));
    }

    [Fact]
    public void Braces_are_reserved_words_only_at_command_start()
    {
        var parsed = ShellScript.Parse("{ a; b; } & echo { }");
        Assert.True(parsed.IsComplete);
        var commands = parsed.FlatCommands();
        Assert.True(commands[0].Background);
        Assert.True(commands[1].Background);
        Assert.Equal(["echo", "{", "}"], commands[2].Command.Words.Select(w => w.Text));
        Assert.IsType<ShellGroup>(parsed.Body.Items[0].Command.Pipelines[0].Commands[0]);
    }

    [Fact]
    public void Subshell_in_background()
    {
        var parsed = ShellScript.Parse("(cd /app && ./worker) & exec ./server");
        Assert.True(parsed.IsComplete);
        Assert.IsType<ShellSubshell>(parsed.Body.Items[0].Command.Pipelines[0].Commands[0]);
        var commands = parsed.FlatCommands();
        Assert.True(commands[0].Background && commands[1].Background);
        Assert.False(commands[2].Background);
    }

    [Fact]
    public void While_until_for_if_and_case_are_parsed()
    {
        var parsed = ShellScript.Parse(
            "while true; do sleep 5; done\nuntil false\ndo x\ndone\nfor f in a b; do echo $f; done\n" +
            "if [ -f x ]; then a; elif b; then c; else d; fi\ncase \"$1\" in (web|api) exec nginx;; worker) exec celery;; *) exit 1;; esac");
        Assert.True(parsed.IsComplete);
        var kinds = parsed.Body.Items.Select(i => i.Command.Pipelines[0].Commands[0].GetType().Name).ToArray();
        Assert.Equal(["ShellLoop", "ShellLoop", "ShellFor", "ShellIf", "ShellCase"], kinds);
        var loop = (ShellLoop)parsed.Body.Items[0].Command.Pipelines[0].Commands[0];
        Assert.Equal("true", loop.Condition.Items.Single().Command.Pipelines[0].Commands.OfType<ShellSimpleCommand>().Single().Words[0].Text);
        Assert.True(((ShellLoop)parsed.Body.Items[1].Command.Pipelines[0].Commands[0]).IsUntil);
        var @for = (ShellFor)parsed.Body.Items[2].Command.Pipelines[0].Commands[0];
        Assert.Equal("f", @for.Variable);
        Assert.Equal(["a", "b"], @for.Items.Select(w => w.Text));
        var @if = (ShellIf)parsed.Body.Items[3].Command.Pipelines[0].Commands[0];
        Assert.Equal(2, @if.Branches.Count);
        Assert.NotNull(@if.Else);
        var @case = (ShellCase)parsed.Body.Items[4].Command.Pipelines[0].Commands[0];
        Assert.Equal(3, @case.Items.Count);
        Assert.Equal(["web", "api"], @case.Items[0].Patterns.Select(p => p.Text));
    }

    [Fact]
    public void Reserved_words_are_plain_arguments_after_the_command_name()
    {
        Assert.Equal(["echo", "if", "then", "done", "fi"], Values("echo if then done fi"));
    }

    [Fact]
    public void Function_bodies_are_not_commands_of_the_script()
    {
        var parsed = ShellScript.Parse("start() { nginx & php-fpm; }\nfunction stop { kill 1; }\nstart");
        Assert.True(parsed.IsComplete);
        Assert.Equal(["start"], parsed.FlatCommands().Select(c => c.Command.ToString()));
        Assert.IsType<ShellFunction>(parsed.Body.Items[0].Command.Pipelines[0].Commands[0]);
    }

    [Fact]
    public void Double_brackets_and_arithmetic_hide_their_operators()
    {
        Assert.Equal(["[[ &&", "(( &&", "c"], Flat("[[ -f a && $b < 2 ]] && (( i > 1 && j )) && c"));
    }

    [Fact]
    public void Assignments_are_kept_apart_from_words()
    {
        var command = ShellScript.Parse("A=1 B=\"x y\" exec node app.js C=3").FlatCommands().Single().Command;
        Assert.Equal(["A=1", "B=x y"], command.Assignments.Select(a => a.Text));
        Assert.Equal(["exec", "node", "app.js", "C=3"], command.Words.Select(w => w.Text));
    }

    [Fact]
    public void Process_substitution_is_one_word()
    {
        Assert.Single(Flat("diff <(sort a & b) >(tee x)"));
    }

    [Fact]
    public void Negated_pipeline()
    {
        var parsed = ShellScript.Parse("! grep -q x file && echo missing");
        Assert.True(parsed.Body.Items[0].Command.Pipelines[0].Negated);
    }

    [Fact]
    public void Exec_with_only_redirections()
    {
        var command = ShellScript.Parse("exec > /var/log/app.log 2>&1").FlatCommands().Single().Command;
        Assert.Equal(["exec"], command.Words.Select(w => w.Text));
        Assert.Equal(2, command.Redirects.Count);
    }

    [Fact]
    public void Text_of_a_command_is_its_source()
    {
        var parsed = ShellScript.Parse("mkdir -p /x && exec nginx -g 'daemon off;'");
        var commands = parsed.FlatCommands();
        Assert.Equal("exec nginx -g 'daemon off;'", parsed.TextOf(commands[1].Command));
    }

    [Theory]
    [InlineData("echo 'abc")]
    [InlineData("echo \"abc")]
    [InlineData("echo $(abc")]
    [InlineData("echo ${abc")]
    [InlineData("echo `abc")]
    [InlineData("echo $'abc")]
    [InlineData("cat <<EOF\nabc")]
    [InlineData("if true; then a")]
    [InlineData("while true; do a")]
    [InlineData("{ a; b")]
    [InlineData("(a; b")]
    [InlineData("a && ")]
    [InlineData("a | ")]
    [InlineData("; a")]
    [InlineData("a ) b")]
    [InlineData("fi")]
    [InlineData("case x in a) b")]
    [InlineData("echo > ")]
    [InlineData("echo a (b)")]
    public void Unterminated_or_wrong_scripts_are_incomplete_and_do_not_throw(string script)
    {
        Assert.False(ShellScript.Parse(script).IsComplete);
    }

    [Fact]
    public void Unterminated_quote_takes_the_rest_as_one_word()
    {
        var parsed = ShellScript.Parse("nginx & echo 'a & b; c");
        Assert.False(parsed.IsComplete);
        var words = parsed.FlatCommands()[1].Command.Words;
        Assert.Equal(["echo", "a & b; c"], words.Select(w => w.Text));
    }

    [Fact]
    public void Every_prefix_of_tricky_scripts_parses_without_throwing()
    {
        string[] scripts =
        [
            "set -e; f() { (a & b) | c; }; case $1 in (x|y) exec \"$@\";; esac; cat <<-E >&2\n\tx\n\tE\n" +
                "while :; do sleep 1 & wait $!; done; [[ a && b ]] && (( i++ )) || { echo `date` ${A:-$(b)} $'q\\'' 2>&1 &> x; }",
            "for ((i=0; i<3; i++)); do echo \"$i\" <<< 'a & b'; done; if ! x; then y; elif z; then w; else v; fi &",
            "trap 'kill -TERM $PID' TERM; nginx -g 'daemon off;' & PID=$!; diff <(a) >(b); wait \"$PID\"",
        ];
        foreach (var script in scripts)
        {
            Assert.True(ShellScript.Parse(script).IsComplete, script);
            for (var length = 0; length <= script.Length; length++)
            {
                var parsed = ShellScript.Parse(script.Substring(0, length));
                _ = parsed.FlatCommands();
            }
        }
    }

    [Fact]
    public void Random_input_never_throws()
    {
        var random = new Random(20240601);
        const string alphabet = "ab ;&|()<>{}'\"\\$`#\n!=-2*";
        for (var n = 0; n < 3000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }
            _ = ShellScript.Parse(new string(chars)).FlatCommands();
        }
    }
}
