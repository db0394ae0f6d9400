"""Score reports: pure computations over the review log and card states, and renderers."""
