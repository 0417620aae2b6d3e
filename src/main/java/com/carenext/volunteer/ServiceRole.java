package com.carenext.volunteer;

/** The 十大员: the service roles a 五老 takes on. */
public enum ServiceRole {
    IDEOLOGY_LECTURER, RED_EDUCATION_PROMOTER, CIVILITY_GUIDE, LEGAL_AID_MENTOR, FAMILY_VALUES_PROMOTER,
    RURAL_REVITALIZATION_ADVISOR, GRID_ADMINISTRATOR, SCIENCE_CULTURE_TUTOR, STUDENT_AID_COORDINATOR,
    HEALTH_EDUCATION_ADVISOR;

    public String messageKey() {
        return "volunteer.serviceRole." + name();
    }
}
