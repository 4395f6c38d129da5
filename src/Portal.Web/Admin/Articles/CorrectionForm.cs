using System.ComponentModel.DataAnnotations;
using Portal.Data.Articles;

namespace Portal.Web.Admin.Articles;

/// <summary>A correction or clarification as the editor page posts it.</summary>
public sealed class CorrectionForm
{
    public CorrectionKind Kind { get; set; }

    [Display(Name = "What was wrong, and what is right")]
    [Required(ErrorMessage = "Say what the story got wrong and what is right.")]
    [StringLength(Correction.TextMaxLength)]
    public string? Text { get; set; }
}
