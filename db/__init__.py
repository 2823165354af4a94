from committee_papers import refuse_second_copy

refuse_second_copy(__name__)
