using ModelStrategy.Core.Recommendations;
using ModelStrategy.Core.Constraints;
using ModelStrategy.Core.Estimation;
using ModelStrategy.Core.Paths;

namespace ModelStrategy.Core.Decision;

/// <summary>What is missing decides the rung: knowledge → retrieval, behaviour → fine-tuning, both → hybrid (seed 001).</summary>
internal static partial class ScoringRules
{
    private static void Need(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        var (points, reason) = (ctx.Constraints.Need, path) switch
        {
            (Constraints.Need.Knowledge, PathId.Rag) => (30, "The gap is knowledge: retrieval gives the model your facts without retraining"),
            (Constraints.Need.Knowledge, PathId.RagPeft) => (12, "Retrieval covers the knowledge gap; the adapter is optional extra"),
            (Constraints.Need.Knowledge, PathId.Prompting) => (-10, "A prompt cannot hold a whole knowledge base"),
            (Constraints.Need.Knowledge, PathId.Peft or PathId.FullFineTune) => (-18, "Fine-tuning does not reliably add facts; facts in weights go stale and hallucinate"),
            (Constraints.Need.Knowledge, _) => (-8, "Retraining is a heavy way to add facts that retrieval can supply"),
            (Constraints.Need.Behavior, PathId.Peft) => (28, "The gap is behaviour (format, tone, schema): that is what fine-tuning fixes"),
            (Constraints.Need.Behavior, PathId.FullFineTune) => (18, "Behaviour gaps are fixed in the weights"),
            (Constraints.Need.Behavior, PathId.RagPeft) => (5, "The adapter fixes behaviour; retrieval adds little here"),
            (Constraints.Need.Behavior, PathId.Prompting) => (5, "Try instructions, examples and output constraints before training"),
            (Constraints.Need.Behavior, PathId.Rag) => (-12, "Retrieval adds facts, not behaviour"),
            (Constraints.Need.Behavior, _) => (-5, "Pretraining is not needed to change format or tone"),
            (Constraints.Need.Both, PathId.RagPeft) => (30, $"Both gaps: retrieval for facts and an adapter for behaviour (the hybrid example in {Sources.BuildGuideCite})"),
            (Constraints.Need.Both, PathId.Rag) => (12, "Retrieval closes the knowledge half of the gap"),
            (Constraints.Need.Both, PathId.Peft) => (8, "Fine-tuning closes the behaviour half of the gap"),
            (Constraints.Need.Both, PathId.FullFineTune) => (3, "Fine-tuning closes the behaviour half of the gap"),
            (Constraints.Need.Both, PathId.Prompting) => (-10, "Prompting alone closes neither gap reliably"),
            (Constraints.Need.Both, _) => (-5, "Pretraining is not needed to add facts or change behaviour"),
            (Constraints.Need.General, PathId.Prompting) => (30, "Nothing is missing beyond a good base model: prompt it"),
            (Constraints.Need.General, PathId.Rag) => (5, "Retrieval helps only if answers need your documents"),
            (Constraints.Need.General, _) => (-15, "No gap to close: training would add cost without benefit"),
            (Constraints.Need.DomainLanguage, PathId.ContinuedPretraining) => (20, "Public models miss your domain's language: domain-adaptive pretraining teaches it"),
            (Constraints.Need.DomainLanguage, PathId.FromScratch) => (10, "A domain no public model covers is one of the few reasons to pretrain"),
            (Constraints.Need.DomainLanguage, PathId.Peft or PathId.FullFineTune) when ctx.Constraints.DomainNovelty <= 3 =>
                (10, $"Fine-tuning teaches specialised terminology when the domain is not too far from public data (the biotech example in {Sources.BuildGuideCite})"),
            (Constraints.Need.DomainLanguage, PathId.Peft or PathId.FullFineTune) => (3, "Fine-tuning teaches terminology, but not a whole unfamiliar language"),
            (Constraints.Need.DomainLanguage, PathId.RagPeft) => (5, "An adapter teaches terminology; retrieval supplies documents"),
            (Constraints.Need.DomainLanguage, PathId.Prompting) => (-15, "A prompt cannot teach a language the model does not know"),
            (Constraints.Need.DomainLanguage, _) => (-5, "Retrieval does not teach the model to read your domain's language"),
            _ => (0, string.Empty),
        };
        sheet.Add("need", points, reason);
    }

    private static void Novelty(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        var novelty = ctx.Constraints.DomainNovelty;
        if (novelty >= 3)
        {
            var over = novelty - 2;
            var (points, reason) = path switch
            {
                PathId.ContinuedPretraining => (over * 6, "A domain far from public data favours continued pretraining"),
                PathId.FromScratch => ((novelty - 3) * 5, "Highly novel domains are where own pretraining can pay off"),
                PathId.Prompting => (-over * 4, "Base models know little of a domain this novel"),
                PathId.Rag => (-over * 3, "Retrieved text a model cannot interpret helps little"),
                _ when novelty == 5 => (-5, "An adapter cannot teach a domain this far from public data; pretraining on your corpus can"),
                _ => (novelty == 3 ? 2 : 0, "Training adapts the model to an unfamiliar domain"),
            };
            sheet.Add("domainNovelty", points, reason);
        }
        else if (novelty <= 1 && path is PathId.ContinuedPretraining or PathId.FromScratch)
        {
            sheet.Add("domainNovelty", -10, "The domain is well covered by public models: no pretraining needed");
        }
    }

    private static void Freshness(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        if (ctx.Constraints.Need is Constraints.Need.Behavior or Constraints.Need.General)
        {
            return;
        }

        var (retrieval, weights) = ctx.Constraints.KnowledgeChange switch
        {
            KnowledgeChange.Daily => (10, -12),
            KnowledgeChange.Weekly => (6, -8),
            KnowledgeChange.Rarely => (0, 3),
            _ => (0, 0),
        };
        if (path is PathId.Rag or PathId.RagPeft)
        {
            sheet.Add("knowledgeChange", retrieval, "Fast-changing facts need retrieval: re-index instead of retrain");
        }
        else if (TrainsWeights(path))
        {
            sheet.Add("knowledgeChange", weights, weights < 0
                ? "Facts baked into weights go stale between retraining runs"
                : "Facts rarely change, so knowledge in the weights stays current");
        }
    }

    private static void Task(EstimationContext ctx, PathId path, ScoreSheet sheet)
    {
        var task = ctx.Constraints.TaskType;
        if (task is TaskType.Classification or TaskType.Extraction && path is PathId.Peft or PathId.FullFineTune)
        {
            sheet.Add("taskType", 4, "Narrow, well-defined tasks are where small tuned models beat general ones (LoRA Land)");
        }
        else if (task is TaskType.Agent or TaskType.Code && path == PathId.Prompting)
        {
            sheet.Add("taskType", 4, "Frontier models are strongest at tool use and code out of the box");
        }
    }
}
